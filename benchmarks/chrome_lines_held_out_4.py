"""A fourth held-out list of chrome lines for ``chrome_inside.py`` (``--lines held-out-4``).

Written on 2026-11-27 by a session asked only for this list, from its own knowledge of
news sites and content management systems, without looking at newsmend's rules, tests,
docs or the earlier lists (``CHROME``, ``HELD_OUT``, ``HELD_OUT_2``, ``HELD_OUT_3``).

It measures how well chrome stripping generalises to chrome it has never seen, and must
never be used to change a rule: its lines must be kept out of ``src/``, ``tests/``, the
docs and commit messages. The site, agency, company and people names are made up.
"""

from __future__ import annotations

HELD_OUT_4: dict[str, dict[str, list[str]]] = {
    "en": {
        "top": [
            "World › Europe › Climate",
            "EXCLUSIVE",
            "By Marguerite Okafor and Tomasz Lindqvist, Staff Writers",
            "Delphine Arroway | Senior Transport Correspondent",
            "Published 14 March 2025, 06:42 GMT · Updated 3 hours ago",
            "Posted: Tue, Mar 11, 2025 at 9:15 p.m. ET",
            "6 min read",
            "▶ Listen to this article · 7:48",
            "BRISTOL, England (Northgate Wire) —",
            "Skip to main content",
            "Warning: this story contains details some readers may find distressing",
            "Paid content | Presented by Halvorsen Energy",
        ],
        "inline": [
            "ADVERTISEMENT",
            "Story continues below advertisement",
            "READ MORE: Council votes to close Marsh Lane library after 40 years",
            "Related ▸ What the new speed limits mean for rural drivers",
            "👉 Sign up for The Morning Tideline, our free daily briefing",
            "Get breaking news alerts on your phone — download the Lakeport Signal app",
            "You've read 4 of 5 free articles this month. Subscribe from $1/week to keep reading.",
            "Already a subscriber? Log in",
            "Share this article: Facebook | X | WhatsApp | Email",
            "Gift this article",
            "🔖 Save for later",
            "This content is hosted by a third party. To view it, please allow cookies in your "
            "privacy settings.",
            "We use cookies to improve your experience. By continuing you agree to our Cookie "
            "Policy. Accept",
            "Firefighters at the scene on Harbour Road on Sunday. (Priya Nandakumar / Coastline "
            "Photo Agency)",
            "Residents queue outside the town hall. Photograph: Ollie Brennan/Lakeport Signal",
            "WATCH: Drone footage shows the scale of the flooding (2:14)",
            "🎧 Listen to our podcast The Long Shift on Apple Podcasts or Spotify",
            "Do you have a story tip? Email news@lakeportsignal.com",
            "Spotted a mistake? Let us know at corrections@lakeportsignal.com",
            "Independent journalism needs your support. Donate from as little as £2.",
            "Print this page",
            "Follow us on Instagram @lakeportsignal",
        ],
        "end": [
            "Related Stories",
            "You may also like",
            "Tags: Transport, Rail strikes, Unions",
            "Filed under: Local Politics · Elections 2025",
            "12 Comments",
            "Leave a Reply Cancel reply",
            "Your email address will not be published. Required fields are marked *",
            "Comments are closed for this article.",
            "Join the discussion…",
            "About the author: Harriet Moyo covers health and social care for the Signal. She "
            "joined in 2019 from the Dunmore Gazette.",
            "« Previous article: Mayor defends parking charges",
            "Share this: Facebook, X, LinkedIn, Reddit",
            "↑ Back to top",
            "© 2025 Lakeport Signal Media Ltd. All rights reserved. Reproduction without "
            "permission is prohibited.",
            "Report an error in this story",
            "Was this article helpful? 👍 Yes 👎 No",
            "More from Business →",
            "Enjoyed this? Get the Lakeport Signal newsletter every weekday morning",
        ],
        "headlines": [
            "Ferry operator cancels winter timetable after engine failures",
            "Hospital trust to open second urgent care centre in Eastfield",
            "Why house prices in coastal towns are falling faster",
            "Teenage chess champion beats grandmaster in 23 moves",
            "Storm Odile: what we know so far",
        ],
        "story": [
            "The regulator said it would publish the full report next month and invited "
            "residents to comment on the proposals, which would require every advertisement "
            "near schools to carry a health warning.",
            "Why parents shared their concerns",
            "Several councillors who follow the issue closely said the related cookie sale at "
            "Greenbank Primary, which raised £2,400 last year and featured in the school "
            "newsletter, would not be affected by the ban.",
        ],
    },
    "fr": {
        "top": [
            "Accueil › Société › Éducation",
            "EXCLUSIF",
            "Par Claire Vasseur et Mathieu Arnoux",
            "Léa Fontanel, journaliste au service Économie",
            "Publié le 14 mars 2025 à 06h42, mis à jour à 09h15",
            "Mis à jour le 03/04/2025 à 18:07",
            "Temps de lecture : 4 min",
            "🎧 Écouter cet article",
            "NANTES (Agence Hexagone) –",
            "Aller au contenu principal",
            "EN DIRECT",
            "Contenu sponsorisé — En partenariat avec Verdaline",
        ],
        "inline": [
            "PUBLICITÉ",
            "La suite de l'article après cette publicité",
            "Lire aussi : Réforme des retraites, ce qui change au 1er septembre",
            "À LIRE AUSSI ▸ Les loyers grimpent encore dans les grandes villes",
            "➡️ Inscrivez-vous à notre newsletter quotidienne, c'est gratuit",
            "Recevez les alertes de l'actualité avec l'application La Vigie de l'Ouest",
            "Cet article est réservé aux abonnés. Il vous reste 68 % à découvrir.",
            "Déjà abonné ? Se connecter",
            "Abonnez-vous dès 1 € le premier mois, sans engagement",
            "Partager : Facebook · X · WhatsApp · E-mail",
            "Offrir cet article",
            "Ajouter à mes favoris",
            "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs. "
            "Cliquez sur « J'accepte » pour afficher la vidéo.",
            "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre "
            "navigation, vous acceptez leur utilisation.",
            "Le maire, lors du conseil municipal de lundi soir. (Photo Julien Ferrand / La Vigie "
            "de l'Ouest)",
            "Des manifestants devant la préfecture, samedi. © Sophie Garnier / Agence Hexagone",
            "VIDÉO. Les images impressionnantes de l'incendie (1 min 32)",
            "🎙️ Écoutez notre podcast « L'heure du crime » sur toutes les plateformes",
            "Vous avez été témoin de cet événement ? Contactez la rédaction : "
            "temoins@vigie-ouest.fr",
            "Soutenez une information indépendante : faites un don à partir de 5 €",
            "Imprimer",
            "Suivez-nous sur Instagram et TikTok",
        ],
        "end": [
            "Sur le même sujet",
            "À découvrir aussi",
            "Mots-clés : Éducation, Lycées, Bretagne",
            "Thèmes associés › Santé · Hôpital public",
            "27 commentaires",
            "Laisser un commentaire Annuler la réponse",
            "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués "
            "avec *",
            "Les commentaires sont fermés.",
            "Participer à la discussion…",
            "À propos de l'auteur : Élodie Marchal est journaliste à la rubrique Culture depuis "
            "2018.",
            "« Article précédent | Article suivant »",
            "Partager sur : Facebook | LinkedIn | Bluesky",
            "Haut de page ↑",
            "© La Vigie de l'Ouest 2025 – Tous droits réservés. Toute reproduction interdite "
            "sans autorisation.",
            "Signaler une erreur",
            "Cet article vous a-t-il été utile ? Oui / Non",
            "Plus d'actualités Économie →",
            "Recevez chaque matin l'essentiel de l'actu : je m'inscris",
        ],
        "headlines": [
            "Grève à la SNCF : le trafic sera perturbé jeudi",
            "Un nouveau parc éolien en mer au large de Saint-Brieuc",
            "Les prix de l'immobilier reculent pour la première fois depuis 2015",
            "Le festival de musique de Vannes affiche complet",
            "Canicule : les conseils pour protéger les personnes âgées",
        ],
        "story": [
            "Le conseil municipal a ouvert une consultation pour que les habitants puissent "
            "commenter le projet, et plusieurs associations ont partagé une pétition demandant "
            "la suppression de toute publicité lumineuse près des écoles.",
            "Une newsletter qui fait débat",
            "Les parents qui suivent le dossier ont pris en photo les panneaux en question, "
            "tandis que la boulangerie voisine, connue pour ses cookies maison, s'est abonnée au "
            "bulletin municipal pour suivre la décision.",
        ],
    },
    "de": {
        "top": [
            "Startseite › Politik › Inland",
            "EXKLUSIV",
            "Von Katharina Ostermann und Jonas Brettschneider",
            "Lukas Wendeler, Korrespondent in Brüssel",
            "Veröffentlicht am 14.03.2025 um 06:42 Uhr | Aktualisiert: 09:15 Uhr",
            "Stand: 03.04.2025, 18:07 Uhr",
            "Lesezeit: 5 Min.",
            "🔊 Artikel anhören (6:12)",
            "Kassel (Nordpress) –",
            "Zum Inhalt springen",
            "LIVE-TICKER",
            "Achtung: Dieser Artikel enthält Schilderungen, die verstörend wirken können.",
        ],
        "inline": [
            "ANZEIGE",
            "Weiter nach der Anzeige",
            "Lesen Sie auch: Mietpreisbremse – was sich jetzt für Mieter ändert",
            "MEHR ZUM THEMA ▸ So teuer wird das Deutschlandticket ab Januar",
            "📩 Jetzt kostenlos den Newsletter abonnieren und nichts mehr verpassen",
            "Eilmeldungen direkt aufs Handy: Jetzt die App der Elbtal-Rundschau herunterladen",
            "Sie haben bereits ein Abo? Hier anmelden",
            "Weiterlesen mit Plus: 1 Monat für 0,99 €, danach 9,99 €/Monat, jederzeit kündbar",
            "Artikel teilen: Facebook | X | WhatsApp | E-Mail",
            "Artikel verschenken",
            "Merken",
            "Externer Inhalt: An dieser Stelle finden Sie einen Inhalt von YouTube. Um ihn "
            "anzuzeigen, stimmen Sie bitte der Datenverarbeitung zu.",
            "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit der "
            "Nutzung der Seite stimmen Sie dem zu.",
            "Der Bürgermeister bei der Pressekonferenz am Montag. Foto: Malte Seidenberg / "
            "Nordpress",
            "Einsatzkräfte am Unfallort an der B 27. (Bild: Anja Reiter/Elbtal-Rundschau)",
            "VIDEO: Hier stürzt die alte Brücke ein (1:45 Min.)",
            "🎧 Unser Podcast „Nachgefragt“ – jetzt auf Spotify und überall, wo es Podcasts gibt",
            "Sie haben einen Hinweis für unsere Redaktion? Schreiben Sie uns an "
            "hinweise@elbtal-rundschau.de",
            "Unabhängiger Journalismus kostet Geld. Unterstützen Sie uns mit einem Beitrag ab "
            "3 Euro.",
            "Drucken",
            "Folgen Sie uns auf Instagram",
            "Fehler entdeckt? Dann schreiben Sie uns",
        ],
        "end": [
            "Das könnte Sie auch interessieren",
            "Weitere Artikel zum Thema",
            "Schlagworte: Bundestag, Haushalt, Schuldenbremse",
            "Themen › Verkehr · Bahn · Streik",
            "14 Kommentare",
            "Schreibe einen Kommentar Antworten abbrechen",
            "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * "
            "markiert",
            "Die Kommentarfunktion für diesen Artikel ist geschlossen.",
            "Neuen Kommentar hinzufügen",
            "Über die Autorin: Miriam Hollweg ist Redakteurin im Ressort Wirtschaft und "
            "schreibt über Energie und Industrie.",
            "← Vorheriger Artikel | Nächster Artikel →",
            "Teilen auf: Facebook · LinkedIn · Threads",
            "Nach oben ▲",
            "© Elbtal-Rundschau 2025 – Alle Rechte vorbehalten. Vervielfältigung nur mit "
            "Genehmigung.",
            "Fehler melden",
            "Wie hat Ihnen dieser Artikel gefallen? ★★★★★",
            "Mehr aus dem Ressort Sport »",
            "Newsletter: Jeden Morgen die wichtigsten Nachrichten aus der Region – kostenlos",
        ],
        "headlines": [
            "Neue Radwege: Stadt gibt zwei Millionen Euro frei",
            "Hochwasser in Sachsen: Pegel steigen weiter",
            "Tarifstreit bei der Bahn vorerst beigelegt",
            "Museum zeigt erstmals Werke von Lotte Kranich",
            "Wohnungsmarkt: Mieten steigen auch auf dem Land",
        ],
        "story": [
            "Der Stadtrat will die Bürger den Entwurf bis Ende Mai kommentieren lassen; mehrere "
            "Elterninitiativen haben bereits eine Petition geteilt, die jede Werbeanzeige in der "
            "Nähe von Schulen verbieten soll.",
            "Streit um den Newsletter der Schule",
            "Eltern, die der Debatte folgen, haben die Plakate fotografiert, während die "
            "benachbarte Bäckerei, bekannt für ihre Cookies, den städtischen Newsletter "
            "abonniert hat, um über verwandte Beschlüsse informiert zu bleiben.",
        ],
    },
    "es": {
        "top": [
            "Portada › Internacional › América Latina",
            "EXCLUSIVA",
            "Por Lucía Ferrándiz y Andrés Villaseñor",
            "Marta Echeverri | Corresponsal en Bruselas",
            "Publicado el 14 de marzo de 2025, 06:42 h · Actualizado: 09:15 h",
            "Actualizado 03/04/2025 - 18:07 CET",
            "Tiempo de lectura: 4 min",
            "🎧 Escuchar noticia",
            "VALENCIA (Agencia Meridiana) —",
            "Saltar al contenido",
            "EN DIRECTO",
            "Contenido patrocinado | Ofrecido por Bodegas Alcaraván",
        ],
        "inline": [
            "PUBLICIDAD",
            "Continúa leyendo tras el anuncio",
            "Lea también: La Seguridad Social bate récord de afiliados en julio",
            "TE PUEDE INTERESAR ▸ Así será el nuevo abono de transporte para jóvenes",
            "📲 Únete a nuestro canal de WhatsApp y recibe las noticias más importantes",
            "Suscríbete a nuestra newsletter y recibe cada mañana lo más leído",
            "Has alcanzado el límite de artículos gratuitos. Suscríbete por 1 € el primer mes.",
            "¿Ya eres suscriptor? Inicia sesión",
            "Compartir en Facebook | X | WhatsApp | Correo",
            "Regalar este artículo",
            "Guardar",
            "Este contenido está alojado en una plataforma externa. Para verlo, acepta las "
            "cookies de terceros.",
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si "
            "continúa navegando, consideramos que acepta su uso.",
            "El alcalde, durante el pleno del lunes. (Foto: Raúl Cifuentes / El Mirador de "
            "Levante)",
            "Vecinos achican agua en un bajo de Alzira. | Meridiana/Nuria Cebrián",
            "VÍDEO | Así quedó la calle tras la tormenta (1:20)",
            "🎙️ Escucha nuestro pódcast «Crónica negra» en Spotify e iVoox",
            "¿Tienes una denuncia o una historia? Escríbenos a redaccion@miradordelevante.es",
            "El periodismo independiente necesita tu apoyo. Hazte socio desde 5 € al mes.",
            "Imprimir",
            "Síguenos en Instagram y TikTok",
            "¿Has visto un error? Avísanos",
        ],
        "end": [
            "Noticias relacionadas",
            "Te recomendamos",
            "Etiquetas: Vivienda, Alquiler, Comunitat Valenciana",
            "Temas › Sanidad · Atención primaria",
            "8 comentarios",
            "Deja una respuesta Cancelar la respuesta",
            "Tu dirección de correo electrónico no será publicada. Los campos obligatorios "
            "están marcados con *",
            "Los comentarios están cerrados.",
            "Añadir nuevo comentario",
            "Sobre el autor: Iñaki Berasategui es redactor de la sección de Economía desde 2016.",
            "« Noticia anterior | Noticia siguiente »",
            "Comparte: Facebook · LinkedIn · Telegram",
            "Volver arriba ↑",
            "© El Mirador de Levante 2025. Todos los derechos reservados. Queda prohibida su "
            "reproducción total o parcial.",
            "Comunicar un error",
            "¿Te ha resultado útil esta noticia? Sí | No",
            "Más noticias de Deportes →",
            "Recibe cada mañana el boletín con la actualidad de tu provincia",
        ],
        "headlines": [
            "La ola de calor pone en alerta a doce provincias",
            "El Ayuntamiento aprueba la peatonalización del centro",
            "Los precios del aceite de oliva vuelven a bajar",
            "Un estudio alerta del deterioro de la Albufera",
            "El Atlético Turia ficha a un delantero argentino",
        ],
        "story": [
            "El Ayuntamiento abrió un plazo para que los vecinos puedan comentar el proyecto, y "
            "varias asociaciones han compartido una petición para prohibir cualquier anuncio "
            "publicitario cerca de los colegios.",
            "Una newsletter que divide al barrio",
            "Los padres que siguen el asunto fotografiaron los carteles, mientras la pastelería "
            "vecina, famosa por sus cookies, se suscribió al boletín municipal para seguir las "
            "decisiones relacionadas.",
        ],
    },
}
