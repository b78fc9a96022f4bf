"""An eighth blind list of chrome lines for ``chrome_inside.py --lines held-out-8``.

Written on 2026-11-27 by a session that was asked only for this list. It comes from
that session's own knowledge of how news sites and their CMSs word the furniture
printed inside an article body. The session did not look at newsmend's rules, tests,
docs or any earlier list. The list measures how well the rules generalise to wording
nobody tuned them on, so it must never be used to change a rule.

Keys, per language (``en``, ``fr``, ``de``, ``es``):

- ``top``: chrome printed above the story (breadcrumbs, section labels, bylines,
  timestamps, reading time, listen-to-article, summary headings, badges, toolbars,
  fact-check labels, old-article notices).
- ``inline``: chrome placed between story paragraphs (ad markers, in-text teasers,
  newsletter prompts and small print, paywall and login prompts, appeals, app and
  channel prompts, media labels, credits, polls, consent placeholders, live-blog
  furniture, sponsored labels, tip-line prompts).
- ``end``: chrome after the story. The first two entries are headings of
  related/more blocks, each of which the generator follows with teaser headlines.
  The rest are tags, author bios, corrections, comment furniture, copyright, follow
  rows, report-an-error links and similar.
- ``headlines``: short teaser headlines of other stories. They count as chrome when
  listed under an ``end`` heading.
- ``story``: genuine article lines that use chrome-like trigger words and must be
  kept.

Every site, agency, company, platform, app, newsletter and person named here is made
up.
"""

from __future__ import annotations

HELD_OUT_8: dict[str, dict[str, list[str]]] = {
    "en": {
        "top": [
            "Home › News › Regional › Harbour District",
            "LOCAL GOVERNMENT",
            "By Maren Talbotte, Senior Transport Correspondent",
            "Published 6:12 a.m. ET Nov. 27, 2026 | Updated 9:40 a.m. ET Nov. 27, 2026",
            "⏱ 6 min read",
            "🎧 Listen to this article · 7:32",
            "At a glance",
            "EXCLUSIVE",
            "Opinion | Guest column",
            "Share ✉ Save 🖨 Print  A+ A−",
            "Fact-checked by the Sentinel Verify desk",
            "This article is more than 4 years old",
            "🎁 Gift this article",
            "Norvale Press Agency | Wednesday 27 November 2026 14:05 GMT",
            "Posted by Quill Hartnell on 27 November 2026 at 3:45 pm — 14 Comments",
        ],
        "inline": [
            "ADVERTISEMENT",
            "Story continues below advertisement",
            "Read more: Council votes to close Fenwick Lane library after 90 years",
            "ALSO READ | Tollbridge fares to rise by 12% from January",
            "Related: What the new parking zones mean for you",
            (
                "Sign up to Morning Tide, our free daily briefing, and get the news "
                "that matters in your inbox by 7am."
            ),
            (
                "By signing up, you agree to our Terms of Use and acknowledge the "
                "data practices in our Privacy Policy. You may unsubscribe at any time."
            ),
            (
                "You've read 3 of 5 free articles this month. Subscribe for £1 a week "
                "to keep reading."
            ),
            "Already a subscriber? Log in",
            (
                "Independent journalism costs money. If you value our reporting, "
                "please consider chipping in — from just £2."
            ),
            "📲 Get breaking alerts on the Sentinel app — download free for iOS and Android",
            "Join our Chatterline channel for the day's top stories →",
            "Share on Flitter | Share on Facegram | Email | Copy link",
            "▶ VIDEO (2:47) Footage shows floodwater reaching the harbour wall",
            "Listen: The Brackenford Sentinel podcast, episode 112 (31 min)",
            "📷 Gallery: 24 photos",
            "Photograph: Elsbeth Marrow/Norvale Press Agency",
            "(Image credit: Holloway Pictures)",
            "POLL: Should the Wexley bypass go ahead? Vote now",
            (
                "This content is provided by a third party. To view it, please accept "
                "cookies in your privacy settings. Manage preferences"
            ),
            "📌 Pinned post",
            "3 new posts — click to refresh",
            "Live updates paused. Tap to resume.",
            "SPONSORED CONTENT",
            "Paid partnership with Orrin Home Energy",
            (
                "Got a story? Email newsdesk@brackenford.example or message us on "
                "Chatterline on 07700 900123"
            ),
            "Open image in gallery",
            "Article continues after this message",
        ],
        "end": [
            "More on this story",
            "Most read",
            "Topics: Transport · Brackenford · Local elections",
            "Tags: housing, planning, council",
            (
                "Maren Talbotte is the Sentinel's senior transport correspondent. "
                "She joined the paper in 2019 from the Fellmouth Echo."
            ),
            (
                "Correction: An earlier version of this article incorrectly stated the "
                "date of the vote. This has been corrected."
            ),
            "Editor's note: This story has been updated with comment from the council.",
            "💬 27 comments",
            "Leave a comment",
            "Comments are moderated in line with our community guidelines.",
            "Log in or register to join the conversation",
            "Sort by: Newest | Oldest | Most liked",
            (
                "© 2026 The Brackenford Sentinel. All rights reserved. This material "
                "may not be published, broadcast, rewritten or redistributed."
            ),
            "↑ Back to top",
            "Follow us: Flitter · Facegram · Pixtok",
            "Spotted an error? Report it here",
            "Recommended for you",
            "Get the best of the Sentinel every Sunday — sign up for The Weekender",
            "Additional reporting by Norvale Press Agency",
            "Was this article helpful? 👍 👎",
            "Reprints & Permissions",
            "Posted in Politics | Permalink",
        ],
        "headlines": [
            "Rail strike called off after late-night talks",
            "Fellmouth woman, 94, finishes her first marathon",
            "Harbour tunnel to close for two weekends in March",
            "Why the price of eggs keeps climbing",
        ],
        "story": [
            (
                "The Sentinel, which has about 40,000 print subscribers, said it would "
                "stop home delivery in rural areas next spring."
            ),
            (
                "Watch manager Dale Corrin said crews had been called to the warehouse "
                "shortly after 2am."
            ),
            "Share of renters doubles in a decade",
        ],
    },
    "fr": {
        "top": [
            "Accueil > Actualités > Société > Éducation",
            "POLITIQUE",
            "Par Clémence Aubrac, envoyée spéciale à Valmorin",
            "Publié le 27 novembre 2026 à 06h12, mis à jour à 09h40",
            "Temps de lecture : 4 min",
            "🎧 Écouter cet article (5 min)",
            "L'essentiel",
            "INFO LA GAZETTE DE VALMORIN",
            "TRIBUNE | Point de vue",
            "Partager : Flitter | Facegram | E-mail | Copier le lien",
            "Article réservé aux abonnés",
            "Cet article a été publié il y a plus de 3 ans.",
            "☆ Ajouter à mes favoris",
            "Vérifié par la cellule Contre-Faux de la rédaction",
            "La rédaction de La Gazette avec APN",
        ],
        "inline": [
            "PUBLICITÉ",
            "La suite après la publicité",
            "Lire aussi : Budget 2027 : les collectivités dans le flou",
            "À LIRE AUSSI ► Les bouchons de Noël déjà annoncés sur la rocade",
            "Pour aller plus loin",
            (
                "Newsletter Matin Clair — Recevez chaque jour à 7 h l'essentiel de "
                "l'actualité. S'inscrire"
            ),
            (
                "En vous inscrivant, vous acceptez nos conditions générales "
                "d'utilisation et notre politique de confidentialité. Vous pouvez vous "
                "désinscrire à tout moment."
            ),
            "Il vous reste 68 % de cet article à lire. La suite est réservée aux abonnés.",
            "Déjà abonné ? Se connecter",
            "Offre spéciale : 1 € le premier mois, sans engagement",
            (
                "La Gazette est un média indépendant. Soutenez-nous en faisant un don, "
                "déductible à 66 % de vos impôts."
            ),
            "Téléchargez l'application La Gazette pour recevoir nos alertes",
            "Rejoignez notre chaîne Chatterline 📱",
            "VIDÉO. Les images impressionnantes de la crue de la Lousse (1:58)",
            "▶ Écouter le podcast « Dans la ville » (28 min)",
            "DIAPORAMA – 18 photos",
            "© Photo Jeanne Ferrand / APN",
            "Illustration : Studio Lambrechts",
            ("SONDAGE — Êtes-vous favorable à la piétonnisation du centre-ville ? Votez"),
            (
                "Ce contenu est bloqué car vous n'avez pas accepté les cookies et "
                "autres traceurs. Cliquez sur « J'accepte » pour afficher le contenu."
            ),
            "📌 Épinglé",
            "2 nouveaux messages — Actualiser",
            "Mise à jour automatique : activée",
            "CONTENU SPONSORISÉ",
            "Publi-rédactionnel proposé par Maison Verlaque",
            ("Vous avez été témoin de la scène ? Écrivez-nous à temoins@gazette-valmorin.example"),
            "Agrandir l'image",
            "Cet article vous est offert par La Gazette de Valmorin.",
        ],
        "end": [
            "Dans la même rubrique",
            "Les plus lus",
            "Mots-clés : Transports, Valmorin, Municipales 2026",
            "Thèmes associés : Logement · Urbanisme",
            "Clémence Aubrac est journaliste au service Société depuis 2015.",
            (
                "Une précédente version de cet article comportait une erreur sur le "
                "montant de la subvention. Elle a été corrigée."
            ),
            "Note de la rédaction : cet article a été mis à jour le 27 novembre à 11 h 20.",
            "Réagir (34)",
            "Laisser un commentaire",
            "Les commentaires sont soumis à notre charte de modération.",
            "Connectez-vous pour réagir",
            "Trier par : les plus récents ▾",
            (
                "© La Gazette de Valmorin – Tous droits réservés. Reproduction "
                "interdite sans autorisation."
            ),
            "Haut de page ↑",
            "Suivez-nous sur Flitter, Facegram et Pixtok",
            "Signaler une erreur",
            "Recommandé pour vous",
            "Recevez notre lettre hebdomadaire « Le Fil du dimanche »",
            "Avec APN",
            "Cet article vous a-t-il été utile ? Oui | Non",
            "Imprimer | Envoyer par e-mail",
            "Publié dans : Faits divers | Lien permanent",
        ],
        "headlines": [
            "Le pont de Sainte-Ombre fermé jusqu'en mars",
            "Municipales : la gauche part unie à Valmorin",
            "Un loup aperçu aux portes de Brézac",
            "Prix de l'énergie : ce qui change au 1er janvier",
        ],
        "story": [
            (
                "Le quotidien, qui compte 28 000 abonnés numériques, a annoncé la "
                "suppression de son édition du lundi."
            ),
            (
                "Lire entre les lignes du budget n'est pas chose aisée, reconnaît "
                "l'adjoint aux finances."
            ),
            "Plus de trains pour les lycéens",
        ],
    },
    "de": {
        "top": [
            "Startseite › Politik › Inland",
            "WIRTSCHAFT",
            "Von Henrike Salmbach, Korrespondentin in Lorbach",
            "Veröffentlicht am 27.11.2026 um 06:12 Uhr · Aktualisiert um 09:40 Uhr",
            "Lesezeit: 5 Min.",
            "🎧 Artikel anhören (6:14 Min.)",
            "Das Wichtigste in Kürze",
            "EXKLUSIV",
            "Meinung | Ein Kommentar von Jost Wendelin",
            "Teilen · Merken · Drucken · Schriftgröße",
            "Faktencheck ✓ geprüft von der Redaktion Klarblick",
            "Dieser Artikel ist älter als ein Jahr.",
            "LK+ Exklusiv für Abonnenten",
            "Lorbach/Hanstedt (npa) –",
            "Stand: 27.11.2026 09:40 Uhr",
        ],
        "inline": [
            "ANZEIGE",
            "Lesen Sie nach der Anzeige weiter",
            "Lesen Sie auch: Bahnstreik – was Pendler jetzt wissen müssen",
            "Auch interessant ➔ Die schönsten Weihnachtsmärkte im Umland",
            "Mehr zum Thema:",
            (
                "Newsletter „Morgenlage“: Jeden Werktag um 6 Uhr die wichtigsten "
                "Nachrichten in Ihr Postfach. Jetzt anmelden"
            ),
            (
                "Mit Ihrer Anmeldung erklären Sie sich mit unseren "
                "Datenschutzbestimmungen einverstanden. Die Abmeldung ist jederzeit "
                "möglich."
            ),
            "Weiterlesen mit LK+ – 4 Wochen für 0,99 €",
            "Sie sind bereits Abonnent? Hier anmelden",
            "Sie haben diesen Monat 4 von 5 kostenlosen Artikeln gelesen.",
            "Unabhängiger Journalismus braucht Ihre Unterstützung. Jetzt freiwillig zahlen",
            "Laden Sie jetzt die Lorbacher-Kurier-App herunter – kostenlos für iOS und Android",
            "Folgen Sie uns auf Chatterline – die wichtigsten News direkt aufs Handy 📲",
            "Video: Sturmschäden in der Altstadt (1:32 Min.)",
            "Audio ▸ Podcast „Kurier am Abend“, Folge 87 (24 Min.)",
            "Bildergalerie (31 Bilder)",
            "Foto: Lotte Brandhagen/npa",
            "Bildquelle: Fotoagentur Weserlicht",
            "Umfrage: Soll die Innenstadt autofrei werden? Jetzt abstimmen!",
            (
                "Externer Inhalt: An dieser Stelle finden Sie einen Inhalt von Flitter. "
                "Um ihn anzuzeigen, müssen Sie der Datenverarbeitung zustimmen."
            ),
            "Empfohlener redaktioneller Inhalt",
            "📌 Angeheftet",
            "Neue Beiträge (5) – Seite aktualisieren",
            "Liveticker: automatische Aktualisierung aus",
            "Werbung – in Kooperation mit Hellmers Energie",
            ("Sie haben einen Hinweis für uns? Schreiben Sie an hinweise@lorbacher-kurier.example"),
            "Bild vergrößern",
            "Teilen auf Flitter | Facegram | per E-Mail",
        ],
        "end": [
            "Das könnte Sie auch interessieren",
            "Meistgelesen",
            "Schlagworte: Lorbach · Verkehr · Stadtrat",
            "Themen: Energie, Klimaschutz, Haushalt",
            (
                "Henrike Salmbach ist Redakteurin im Ressort Politik und berichtet seit "
                "2018 aus dem Landtag."
            ),
            (
                "In einer früheren Fassung dieses Artikels war die Höhe der Förderung "
                "falsch angegeben. Wir haben den Fehler korrigiert."
            ),
            "Anmerkung der Redaktion: Der Artikel wurde um eine Stellungnahme der Stadt ergänzt.",
            "Kommentare (42)",
            "Kommentar schreiben",
            "Bitte beachten Sie unsere Netiquette.",
            "Um zu kommentieren, melden Sie sich bitte an oder registrieren Sie sich.",
            "Sortieren nach: Neueste zuerst",
            "© Lorbacher Kurier 2026 – Alle Rechte vorbehalten",
            "Nach oben ↑",
            "Folgen Sie uns auf Facegram und Pixtok",
            "Fehler gefunden? Jetzt melden",
            "Empfehlungen der Redaktion",
            "Newsletter: Der Abend-Kurier – jetzt kostenlos abonnieren",
            "Mit Material von npa",
            "War dieser Artikel hilfreich? Ja / Nein",
            "Nutzungsrechte erwerben",
            "Zur Startseite",
        ],
        "headlines": [
            "Brückensanierung verzögert sich bis 2028",
            "Lorbacher Zoo freut sich über Nachwuchs",
            "Landtag streitet über Lehrermangel",
            "Warum die Mieten im Umland steigen",
        ],
        "story": [
            (
                "Der Verlag, dessen Zeitung rund 60.000 Abonnenten hat, kündigte den "
                "Abbau von 40 Stellen an."
            ),
            (
                "Lesen und Schreiben lernen die Kinder dort inzwischen in Kleingruppen, "
                "sagt die Schulleiterin."
            ),
            "Mehr Busse für die Randbezirke",
        ],
    },
    "es": {
        "top": [
            "Inicio / Noticias / Sociedad / Sanidad",
            "ECONOMÍA",
            "Por Inés Valcárcel | Redactora jefa de Local",
            "Publicado: 27/11/2026 06:12 h | Actualizado: 27/11/2026 09:40 h",
            "Tiempo de lectura: 4 min",
            "🔊 Escucha esta noticia (3:52)",
            "Claves",
            "EXCLUSIVA",
            "OPINIÓN | Tribuna",
            "Compartir · Guardar · Imprimir · Aa",
            "Noticia verificada por el equipo de Comprobado",
            "Esta noticia tiene más de 2 años de antigüedad",
            "Contenido exclusivo para suscriptores",
            "Almendral (ANP) —",
            "Redacción | 27 nov 2026 - 15:45 CET",
        ],
        "inline": [
            "PUBLICIDAD",
            "Sigue leyendo debajo del anuncio",
            "Lee también: El Ayuntamiento aprueba la nueva ordenanza de terrazas",
            "TE PUEDE INTERESAR ▸ Las rebajas llegan antes este año",
            "Relacionado",
            (
                "Suscríbete a nuestro boletín «Primera Hora» y recibe cada mañana las "
                "noticias más importantes."
            ),
            (
                "Al suscribirte aceptas nuestra política de privacidad y los términos "
                "de uso. Puedes darte de baja en cualquier momento."
            ),
            (
                "Has alcanzado el límite de noticias gratuitas este mes. Suscríbete "
                "desde 1 € al mes."
            ),
            "¿Ya eres suscriptor? Inicia sesión",
            "Este contenido es exclusivo para suscriptores de El Faro de Almendral",
            "Apoya el periodismo independiente: hazte socio desde 5 € al mes",
            "Descarga gratis la app de El Faro y recibe alertas al instante",
            "Únete a nuestro canal de Chatterline 📲",
            "VÍDEO | Así quedó la plaza tras la tormenta (1:45)",
            "🎙 Escucha el pódcast «La Tertulia» — episodio 63 (35 min)",
            "GALERÍA: 22 fotos",
            "Foto: Nuria Bastida / ANP",
            "Imagen de archivo.",
            "ENCUESTA: ¿Apoyas la peatonalización del centro? Vota aquí",
            (
                "Este contenido está alojado en una plataforma externa. Acepta las "
                "cookies para verlo."
            ),
            "📌 Fijado",
            "Hay 3 nuevas actualizaciones. Pulsa para verlas",
            "Actualizar ⟳",
            "CONTENIDO PATROCINADO",
            "Ofrecido por Seguros Candamo",
            ("¿Tienes una denuncia o una pista? Escríbenos a redaccion@elfaroalmendral.example"),
            "Ampliar imagen",
            "Compartir en Flitter | Facegram | Correo",
        ],
        "end": [
            "Más sobre este tema",
            "Lo más leído",
            "Etiquetas: Almendral, Vivienda, Pleno municipal",
            "Archivado en: Sanidad · Hospitales · Listas de espera",
            (
                "Inés Valcárcel es periodista especializada en sanidad. Antes trabajó "
                "en Radio Comarca del Sil."
            ),
            (
                "Fe de errores: En una versión anterior de esta noticia se indicaba "
                "erróneamente la fecha del pleno. El error ha sido corregido."
            ),
            "Nota de la redacción: esta información ha sido actualizada a las 11:20 h.",
            "Comentarios (19)",
            "Deja tu comentario",
            "Normas de participación",
            "Regístrate o inicia sesión para comentar",
            "Ordenar por: Más recientes",
            (
                "© Ediciones del Faro S.L. Todos los derechos reservados. Queda "
                "prohibida la reproducción total o parcial."
            ),
            "Volver arriba ⬆",
            "Síguenos en Flitter, Facegram y Pixtok",
            "¿Has visto un error? Avísanos",
            "Recomendado para ti",
            "Apúntate a nuestra newsletter de los domingos",
            "Con información de ANP",
            "¿Te ha resultado útil esta noticia? Sí · No",
            "Conoce nuestros criterios editoriales",
            "Ir a la portada",
        ],
        "headlines": [
            "Cortes de tráfico en la ronda norte por obras",
            "El Almendral CF sube de categoría",
            "La borrasca dejará nieve en la sierra",
            "¿Cuánto subirá la luz en enero?",
        ],
        "story": [
            (
                "El diario, que cuenta con 35.000 suscriptores digitales, anunció el "
                "cierre de su edición impresa de los lunes."
            ),
            (
                "Compartir coche se ha convertido en la opción preferida de los vecinos "
                "de Valdelosa, según la encuesta municipal."
            ),
            "Más autobuses para los barrios del norte",
        ],
    },
}
