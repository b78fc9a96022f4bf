"""A third held-out list of chrome lines for ``benchmarks/chrome_inside.py``.

Written on 2026-11-27 by a helper session asked only for this list, from its own
knowledge of news sites and CMSs (WordPress themes and plugins, Drupal, Arc, large
newspapers, small local sites, news agencies) in English, French, German and Spanish.
It was written without looking at the rules of ``newsmend.chrome``, their tests, or the
benchmark's earlier lists (``CHROME``, ``HELD_OUT``, ``HELD_OUT_2``). The site names in
it are made up.

It measures; it must never be used to change a rule. A rule written or tuned to make
one of these lines go would turn the list into a training set and its figure into a
flattering one: keep its lines out of ``src/``, ``tests/``, docs and commit messages.

The shape is that of the other lists: per language, ``top`` lines (above the story),
``inline`` lines (between its paragraphs), ``end`` lines (below it; the first two are
the headings of a related block, followed by three of ``headlines``), and ``story``
paragraphs and subheadings that carry chrome's words but are the story's own text and
must be kept.
"""

from __future__ import annotations

HELD_OUT_3: dict[str, dict[str, list[str]]] = {
    "en": {
        "top": [
            "Skip to content",
            "You are here: Home » World » Europe",
            "Politics / White House",
            "WORLD NEWS",
            "🔴 Breaking",
            "By Dana Whitfield and Omar Haddad, Staff Writers",
            "Dana Whitfield | Washington Bureau Chief",
            "Published 6:42 a.m. ET Oct. 17, 2025 | Updated 9:15 a.m. ET Oct. 17, 2025",
            "Oct 17, 2025 — 4 min read",
            "Posted by Kevin M. in Politics | 17 Comments",
            "WASHINGTON, Oct. 17 (Ledger Wire) —",
            "Listen to this article · 5 min",
            "This story is more than a year old",
        ],
        "inline": [
            "Advertisement · Scroll to continue",
            "Story continues below",
            "— Article continues after this ad —",
            "Sponsored by Harbor Point Credit Union",
            "Read more: Zelenskyy heads to Washington seeking long-range missiles",
            "RELATED | What Trump and Putin said after their Alaska summit",
            "Watch: Rubio on the next round of talks (2:14)",
            "ALSO READ ➤ Hungary's Orbán offers to host a peace summit",
            "Recommended reading: Inside the White House's shifting Ukraine policy",
            "Sign up for The Morning Dispatch, our free daily newsletter, "
            "in your inbox every weekday.",
            "Enjoying this story? Subscribe to the Riverside Ledger for just $1 a week.",
            "You have 2 free articles remaining this month. Subscribe now",
            "Already a subscriber? Log in",
            "This content is for members only. Become a member to keep reading.",
            "Get breaking news alerts from the Ledger on your phone 📲",
            "Follow the Riverside Ledger on Google News",
            "Like us on Facebook and follow @LedgerNews on X for the latest updates",
            "Share this article: Facebook | X | LinkedIn | WhatsApp | Copy link",
            "Click to share on Reddit (Opens in new window)",
            "Gift this article",
            "We use cookies to improve your experience on our site. "
            "By continuing to browse, you agree to our use of cookies. Accept",
            "This embed requires your consent to third-party cookies. Manage preferences",
            "FILE - Russian President Vladimir Putin speaks during a news conference in "
            "Moscow, Sept. 2, 2025. (Alexei Nikolsky / Kremlin Pool Photo via AP, File)",
            "Donald Trump speaks to reporters aboard Air Force One. Photo: Jane Doe/Reuters",
            "Photograph: Mandel Ngan/AFP/Getty Images",
            "Have a news tip? Email us at tips@riversideledger.com",
        ],
        "end": [
            "More from World",
            "You might also like",
            "Tags: Donald Trump, Vladimir Putin, Ukraine, Hungary",
            "Filed under: World News, Politics",
            "Join the conversation (42)",
            "Leave a Reply Cancel reply",
            "Your email address will not be published. Required fields are marked *",
            "Save my name, email, and website in this browser for the next time I comment.",
            "Comments are moderated and may take up to 24 hours to appear.",
            "View 128 comments",
            "Back to top ↑",
            "MOST POPULAR",
            "Copyright 2025 Riverside Ledger. All rights reserved. This material may not "
            "be published, broadcast, rewritten or redistributed.",
            "Did you find this article helpful? Yes No",
            "Previous article Next article",
            "Dana Whitfield covers national politics for the Ledger. "
            "Reach her at dwhitfield@riversideledger.com.",
        ],
        "headlines": [
            "Senate passes stopgap bill hours before shutdown deadline",
            "Five things to know about the new EU sanctions package",
            "Ukraine says drones hit refinery deep inside Russia",
            "Markets slip as oil prices jump on Middle East tensions",
            "Opinion: The summit nobody asked for",
        ],
        "story": [
            "Asked whether he would share details of the call with European allies, Trump "
            "said his team would brief them in the coming days.",
            "Why Budapest, and who may follow",
            "Related talks between lower-level officials are expected to take place in "
            "Budapest first, according to two people familiar with the planning.",
            "The Kremlin said it would follow the preparations closely but declined to "
            "comment on the timing of a meeting.",
            "A newsletter sent to members of Orbán's party described the choice of the "
            "Hungarian capital as a diplomatic victory, and officials there said they would "
            "read more into the call once the date was set.",
        ],
    },
    "fr": {
        "top": [
            "Accueil > Actualités > Lyon > Transports",
            "Métropole | Mobilités",
            "EN DIRECT",
            "Article réservé aux abonnés",
            "Par Camille Roux, journaliste au service Métropole",
            "Camille Roux et Julien Besson (avec AFP)",
            "Publié le 12/03/2025 à 18h42, mis à jour le 13/03/2025 à 07h15",
            "Le 12 mars 2025 à 19:05 · Lecture 3 min",
            "LYON, 12 mars (AFP) -",
            "Temps de lecture : 4 min",
            "Écouter cet article",
            "Vous êtes ici : Le Courrier de Lyon / Rhône / Lyon 9e",
        ],
        "inline": [
            "PUBLICITÉ",
            "La suite après cette publicité",
            "Publicité – Faites défiler pour continuer la lecture",
            "Contenu sponsorisé par Banque Rhodanienne",
            "LIRE AUSSI | Métropole de Lyon : le plan vélo prend du retard",
            "À lire aussi → Tramway T6 : ce qui va changer pour les habitants de Bron",
            "VIDÉO. Les images du futur tracé dévoilées par la métropole",
            "Sur le même sujet : Les commerçants de la Croix-Rousse inquiets",
            "À voir aussi : les cinq chantiers qui vont transformer Lyon",
            "Inscrivez-vous à notre newsletter Lyon Matin et recevez l'essentiel de "
            "l'actualité chaque jour.",
            "Recevez gratuitement notre lettre d'information quotidienne",
            "Abonnez-vous pour 1 € le premier mois, sans engagement",
            "Cet article est réservé aux abonnés. Il vous reste 78 % à découvrir.",
            "Déjà abonné ? Se connecter",
            "Offrir cet article",
            "Suivez-nous sur Facebook, Instagram et X",
            "Retrouvez toute l'actualité de Lyon sur notre chaîne WhatsApp 📲",
            "Google Actualités : suivez Le Courrier de Lyon",
            "Partager sur Facebook | Partager sur X | Envoyer par e-mail",
            "Copier le lien",
            "Ajouter à mes favoris",
            "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres "
            "traceurs. Cliquez sur « J'accepte » pour l'afficher.",
            "Nous utilisons des cookies pour améliorer votre expérience. Paramétrer les cookies",
            "La ligne T6 à son arrêt Hôpitaux Est, en 2024. "
            "(Photo Jean Dupont / Le Courrier de Lyon)",
            "Le maire de Lyon lors de la séance du conseil. Photo : Marc Lenoir",
            "© Maxime Jegat / PHOTOPQR",
        ],
        "end": [
            "Nos articles sur le même thème",
            "Les plus lus",
            "Mots-clés : Lyon, Tramway, Transports, Conseil municipal",
            "Laisser un commentaire Annuler la réponse",
            "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont "
            "indiqués avec *",
            "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon "
            "prochain commentaire.",
            "12 commentaires",
            "Réagir à cet article",
            "Vous devez être connecté pour publier un commentaire.",
            "Haut de page ↑",
            "Retour en haut",
            "Signaler une erreur",
            "© Le Courrier de Lyon - 2025 - Tous droits réservés",
            "Article précédent | Article suivant",
        ],
        "headlines": [
            "Grève à la SNCF : le trafic très perturbé ce week-end",
            "Villeurbanne : un incendie ravage un entrepôt dans la nuit",
            "Municipales 2026 : la gauche lyonnaise cherche encore son candidat",
            "Pollution : la circulation différenciée activée jeudi",
            "Le Vélo'v bat un record de fréquentation",
        ],
        "story": [
            "Interrogée sur les commentaires des riverains, l'adjointe a assuré que chaque "
            "remarque serait étudiée avant l'enquête publique.",
            "Partager la rue pendant trois ans",
            "Plusieurs élus ont demandé que les habitants puissent suivre l'avancement du "
            "chantier sur un site dédié, mis à jour chaque semaine.",
            "Certains élus ont jugé superflue la campagne de publicité prévue pour "
            "promouvoir la ligne, estimée à 600 000 euros.",
            "L'opposition demande à lire aussi le rapport de la chambre régionale des "
            "comptes avant tout vote définitif.",
        ],
    },
    "de": {
        "top": [
            "Startseite › Hamburg › Verkehr",
            "Sie sind hier: Nachrichten / Hamburg / Altona",
            "Hamburg | Verkehr",
            "EILMELDUNG",
            "Anzeiger PLUS",
            "Von Jana Petersen",
            "Jana Petersen, Redakteurin Lokales",
            "Stand: 18.03.2025, 16:47 Uhr",
            "Veröffentlicht am 18.03.2025 | Lesedauer: 3 Minuten",
            "Aktualisiert vor 2 Stunden",
            "Hamburg (dpa/lno) -",
            "Artikel anhören • 4 Minuten",
        ],
        "inline": [
            "Anzeige",
            "Weiterlesen nach der Anzeige",
            "– Werbung –",
            "Präsentiert von Elbstrom Energie",
            "Lesen Sie auch: Neue Busspur an der Max-Brauer-Allee sorgt für Ärger",
            "Auch interessant ▸ So teuer wird das Deutschlandticket ab Januar",
            "Mehr zum Thema: Radverkehr in Hamburg",
            "Video: So sollen die neuen Elbradwege aussehen",
            "Das könnte Sie auch interessieren:",
            "Newsletter: Jeden Morgen die wichtigsten Nachrichten aus Hamburg – "
            "jetzt kostenlos anmelden",
            "Folgen Sie dem Anzeiger auf WhatsApp",
            "Weiterlesen mit Anzeiger PLUS – 1 Monat für 0,99 €",
            "Dieser Artikel ist nur für Abonnenten verfügbar.",
            "Sie sind bereits Abonnent? Hier anmelden",
            "Artikel teilen: Facebook | X | WhatsApp | E-Mail",
            "Link kopieren",
            "Teilen Sie diesen Artikel",
            "Artikel merken",
            "Folgen Sie uns auf Facebook und Instagram!",
            "Externer Inhalt: An dieser Stelle finden Sie einen Inhalt von Instagram. "
            "Um ihn zu sehen, stimmen Sie bitte der Verwendung von Cookies zu.",
            "Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten. Mehr erfahren",
            "Radfahrer auf dem schmalen Weg am Elbufer in Altona. (Foto: Marcus Brandt/dpa)",
            "Foto: imago images/Hanno Bode",
            "Bildquelle: Anzeiger-Archiv",
            "Bildergalerie öffnen (12 Bilder)",
            "Hinweise an die Redaktion: redaktion@anzeiger-hh.de",
        ],
        "end": [
            "Weitere Artikel aus Hamburg",
            "Meistgelesen",
            "Schlagwörter: Hamburg, Radverkehr, Elbe, Senat",
            "Kommentar schreiben",
            "Schreibe einen Kommentar Antworten abbrechen",
            "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind "
            "mit * markiert",
            "Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser "
            "speichern, bis ich wieder kommentiere.",
            "7 Kommentare",
            "Die Kommentarfunktion ist für diesen Artikel geschlossen.",
            "Nach oben ↑",
            "Zurück zum Seitenanfang",
            "Fehler gefunden? Jetzt melden.",
            "© Der Hamburger Anzeiger 2025 – Alle Rechte vorbehalten",
            "Vorheriger Artikel | Nächster Artikel",
        ],
        "headlines": [
            "HVV: Diese S-Bahn-Linien fallen am Wochenende aus",
            "Elbphilharmonie meldet neuen Besucherrekord im Februar",
            "Polizei sucht Zeugen nach Unfall in Eimsbüttel",
            "HSV verliert Testspiel gegen Kiel",
            "Mieten in Hamburg steigen weiter",
        ],
        "story": [
            "Ein Sprecher wollte die Kritik des Verbands nicht weiter kommentieren, "
            "kündigte aber Gespräche mit den betroffenen Geschäften an.",
            "Welche Abschnitte folgen",
            "Die Behörde will die Anwohner in einem Newsletter über die einzelnen "
            "Bauphasen informieren und Sperrungen jeweils zwei Wochen vorher ankündigen.",
            "Auch die Werbung an den Bauzäunen soll nach dem Willen des Bezirks auf das "
            "Projekt und die Umleitungen hinweisen.",
            "Wer die Pläne genauer lesen will, findet sie auch im Transparenzportal der "
            "Stadt, wo sie bis Ende April ausliegen.",
        ],
    },
    "es": {
        "top": [
            "Inicio / Comunitat Valenciana / Valencia",
            "Estás en: Portada › Local › Movilidad",
            "VALENCIA | Movilidad",
            "ÚLTIMA HORA",
            "Exclusivo para suscriptores",
            "Por Lucía Ferrer Mas",
            "Redacción · Valencia",
            "Publicado el 20/02/2025 a las 14:35 | Actualizado 21/02/2025 08:10",
            "20 feb 2025 - 13:02 CET",
            "Valencia, 20 feb (EFE).-",
            "Tiempo de lectura: 3 min",
            "Escuchar noticia",
        ],
        "inline": [
            "PUBLICIDAD",
            "Continúa leyendo tras el anuncio",
            "Anuncio",
            "Contenido patrocinado por Caixa Llevant",
            "Te puede interesar: Metrovalencia reforzará la línea 3 en Fallas",
            "LEA TAMBIÉN ► El Ayuntamiento licita el carril bici de la avenida del Puerto",
            "Noticia relacionada: La EMT renueva su flota con 60 autobuses eléctricos",
            "VÍDEO | Así serán los nuevos autobuses nocturnos",
            "Más información: horarios y paradas de las nuevas líneas",
            "Suscríbete a nuestra newsletter y recibe cada mañana las noticias de Valencia",
            "Recibe las noticias en tu correo: apúntate al boletín diario de El Diario de Turia",
            "Únete a nuestro canal de WhatsApp 👉",
            "Síguenos en Facebook, Instagram y TikTok",
            "Hazte suscriptor desde 1 € el primer mes",
            "Este contenido es exclusivo para suscriptores. Inicia sesión si ya lo eres.",
            "¿Ya eres suscriptor? Inicia sesión",
            "Compartir en WhatsApp | Compartir en Facebook | Compartir en X",
            "Copiar enlace",
            "Guardar noticia",
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. "
            "Si continúa navegando, consideramos que acepta su uso.",
            "Este contenido está bloqueado. Acepta las cookies de redes sociales para verlo.",
            "Un autobús de la EMT en la plaza del Ayuntamiento. "
            "(Foto: Rober Solsona / Europa Press)",
            "Imagen de archivo de una parada de autobús en Valencia. EFE/Kai Försterling",
            "Foto: Ayuntamiento de Valencia",
            "Apoya el periodismo local. Colabora con El Diario de Turia.",
        ],
        "end": [
            "Noticias relacionadas",
            "Lo más leído",
            "Etiquetas: Valencia, EMT, Autobuses, Movilidad",
            "Deja un comentario Cancelar respuesta",
            "Tu dirección de correo electrónico no será publicada. Los campos "
            "obligatorios están marcados con *",
            "Guarda mi nombre, correo electrónico y web en este navegador para la próxima "
            "vez que comente.",
            "15 comentarios",
            "Los comentarios están cerrados.",
            "Para comentar debes estar registrado.",
            "Volver arriba ↑",
            "Ir arriba",
            "© El Diario de Turia. Todos los derechos reservados.",
            "Noticia anterior | Siguiente noticia",
            "¿Has visto algún error? Escríbenos",
        ],
        "headlines": [
            "Detenido un hombre tras un atropello en Benimaclet",
            "La AEMET activa el aviso amarillo por lluvias en la costa",
            "El Valencia CF cae ante el Betis en Mestalla",
            "Las Fallas 2025 ya tienen cartel oficial",
            "El precio del alquiler sube un 12 % en la ciudad",
        ],
        "story": [
            "Preguntada por los comentarios de los vecinos en redes sociales, la concejala "
            "aseguró que se tendrán en cuenta al diseñar los recorridos.",
            "Compartir el coste con la Generalitat",
            "Los usuarios podrán seguir la posición de cada autobús en tiempo real a "
            "través de la aplicación de la EMT.",
            "El servicio se anunciará con una campaña de publicidad en paradas y "
            "estaciones de metro durante el mes de marzo.",
            "Sobre la propuesta relacionada con el metro, el equipo de gobierno se "
            "comprometió a estudiarla antes del verano.",
        ],
    },
}
