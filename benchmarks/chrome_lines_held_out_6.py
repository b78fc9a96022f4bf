"""Sixth blind list of chrome lines for ``benchmarks/chrome_inside.py --lines held-out-6``.

Written on 2026-11-27 by a session asked only for this list, from its own knowledge of
news sites and content management systems, without looking at newsmend's rules, tests,
docs or any earlier line list. It measures how well the rules generalise to chrome they
have never seen and must never be used to change a rule; its lines must be kept out of
``src/``, ``tests/``, the docs and commit messages. All site, agency, company and people
names are made up.

Keys per language: "top" (above the story), "inline" (between story paragraphs), "end"
(after the story; the first two are related/most-read headings that the generator
follows with teaser "headlines"), "headlines" (made-up teasers) and "story" (genuine
article lines that look a little like chrome and must be kept).
"""

from __future__ import annotations

HELD_OUT_6: dict[str, dict[str, list[str]]] = {
    "en": {
        "top": [
            "News › Local › Harbourside",
            "By Marnie Okafor-Lindqvist, Transport Reporter | Published 6:14 a.m. ET Nov. 3, 2026",
            "Updated 2 hrs ago",
            "ANALYSIS",
            "🎧 Listen to this story · 5 min",
            "This article is more than 3 years old",
            "🎁 Gift this article",
            "Sponsored by Pellmont Energy",
            "You have 2 free articles left this month. Subscribe for unlimited access.",
            "Key points:",
            "Part 3 of our series “Left Behind: The Rural Clinic Crisis”",
            "4 min read",
            "Fact checked by Dorian Achterberg",
            "Follow · 7 min read · Nov 2, 2026",
            "Posted in Politics, Transport — 0 comments",
        ],
        "inline": [
            "ADVERTISEMENT · SCROLL TO CONTINUE WITH CONTENT",
            "Story continues below advertisement",
            "RELATED: Tenants sue landlord over mould in Brickfield flats",
            "► Read more: How the bypass plan fell apart",
            "Get our free Morning Brief newsletter — in your inbox by 6 a.m. Sign up →",
            "Download the Tidewater Post app on the App Store or Google Play",
            "Crews clear debris on Quay Street on Tuesday. (Hollis Benning / Tidewater Post)",
            "The council chamber on Monday night. Photograph: Tamsin Reyes/Northlight Pictures",
            "Image: Supplied",
            "🔔 Turn on breaking news alerts",
            "Got a news tip? Email tips@tidewaterpost.example or message us on WhatsApp.",
            "Share: Facebook | X | WhatsApp | Email | Print",
            "(Story continues below)",
            "POLL: Should the city extend the bus lane? ○ Yes ○ No ○ Not sure — VOTE",
            "Take our quiz: How well do you know your local council?",
            "WATCH: Drone footage shows the flooded valley (1:42)",
            "This content is hosted by a third party. By showing the external content you "
            "accept the Terms and Conditions of instagram.com.",
            "Pinned post",
            "10:42 GMT — Share",
            "Show 3 new updates",
            "Subscribe now for just $1 a week. Cancel anytime.",
            "Already a subscriber? Log in",
            "CLICK HERE TO GET THE WIRELINE NEWS APP",
            "Weather: 14°C, light rain | Traffic: 20 min delays on the A48 westbound",
            "We may earn a commission when you buy through links on our site.",
            "Presented by Orvale Bank",
            "Advertisement - Continue Reading Below",
            "Thanks for reading The Ledger Letter! Subscribe for free to receive new posts "
            "and support my work.",
        ],
        "end": [
            "Related stories",
            "Most read",
            "Correction: An earlier version of this story misstated the date of the council "
            "vote. It was Oct. 14, not Oct. 4.",
            "This story has been updated with comment from the mayor’s office.",
            "Copyright 2026 Corvane Press. All rights reserved. This material may not be "
            "published, broadcast, rewritten or redistributed without permission.",
            "(Reporting by Jun Okamatsu; Editing by Ferris Dalby)",
            "Marnie Okafor-Lindqvist covers transport and city hall for the Tidewater Post. "
            "She previously worked at the Dunmore Gazette and lives in Eastvale with two dogs.",
            "Tags: Transport · City Council · Budget",
            "Filed under: Local News",
            "Comments are moderated. Please keep discussion civil and on topic — see our "
            "community guidelines.",
            "Join the conversation (14)",
            "Was this article helpful? 👍 👎",
            "Spotted a mistake? Report an error | Our editorial standards",
            "This article is part of Left Behind, a Tidewater Post series on rural health "
            "care. Read the full series here.",
            "If this story raised issues for you, the Harbourline support service is free and "
            "open 24/7 on 555-0199.",
            "The views expressed here are the author’s own and do not necessarily reflect "
            "those of the Tidewater Post.",
            "Know someone who would like this? You have 5 gift articles left this month.",
            "↑ Back to top",
            "Originally published Nov. 2, 2026 at 5:00 pm",
            "Our journalism depends on readers like you. SUBSCRIBE TODAY",
            "Follow us on Facebook, X and Instagram for more local news.",
            "Contact the reporter: marnie@tidewaterpost.example",
        ],
        "headlines": [
            "Harbour tunnel cost doubles",
            "Schools brace for teacher shortage",
            "Late goal sinks Rovers",
            "Farmers count cost of dry spring",
        ],
        "story": [
            "More than 4,000 subscribers to the district’s water service were told to boil "
            "tap water until further notice.",
            "Residents who left comments on the council’s consultation page overwhelmingly "
            "opposed the closure.",
            "What happens next",
        ],
    },
    "fr": {
        "top": [
            "Accueil > Société > Éducation",
            "Par Clémence Vautrin-Loubet · Publié le 12/03/2026 à 07h45, mis à jour à 10h02",
            "Mis à jour il y a 3 heures",
            "Article réservé aux abonnés",
            "DÉCRYPTAGE",
            "🎧 Écouter cet article (4 min)",
            "Temps de lecture : 3 min",
            "Offrir cet article",
            "En partenariat avec la Mutuelle Verlaine",
            "Il vous reste 2 articles gratuits à lire ce mois-ci.",
            "L’essentiel :",
            "Épisode 2/5 – Notre série « Les villages qui se vident »",
            "Suivre ce sujet ✓",
            "Ajouter à mes favoris",
        ],
        "inline": [
            "PUBLICITÉ",
            "La suite après cette publicité",
            "À lire aussi : Grève des contrôleurs, le trafic perturbé jusqu’à dimanche",
            "» LIRE AUSSI - Retraites : ce qui change au 1er janvier",
            "→ Toute l’actualité de votre région dans notre newsletter quotidienne. Je m’inscris",
            "Téléchargez l’application Le Veilleur sur l’App Store et Google Play",
            "Les pompiers sont intervenus dans la nuit de mardi à mercredi. "
            "(Photo Jérôme Ablain / Le Veilleur)",
            "© Maëlle Dupraz / Agence Orphée",
            "Photo d’illustration Archives Gaëtan Morvillier",
            "Partager : Facebook · X · WhatsApp · E-mail · Copier le lien",
            "SONDAGE – Faut-il interdire la voiture en centre-ville ? Oui / Non / Sans avis",
            "QUIZ. Connaissez-vous vraiment les départements français ?",
            "VIDÉO. Les images impressionnantes de la crue de la Loire",
            "Ce contenu est bloqué car vous n’avez pas accepté les cookies et autres "
            "traceurs. Cliquez sur « J’accepte » pour l’afficher.",
            "🔔 Recevez nos alertes info en temps réel",
            "Une info à nous signaler ? Écrivez à la rédaction ou contactez-nous sur WhatsApp.",
            "Déjà abonné ? Se connecter",
            "Abonnez-vous : 1 € le premier mois, sans engagement",
            "EN DIRECT | Suivez l’évolution de la situation minute par minute",
            "11h32 — Partager",
            "Voir les 4 nouveaux posts",
            "Cet article contient des liens d’affiliation : nous percevons une commission "
            "en cas d’achat, sans surcoût pour vous.",
            "Météo : 9 °C, averses • Trafic : bouchon de 6 km sur la rocade",
            "CONTENU SPONSORISÉ",
            "Contenu proposé par Eaux Valmont",
            "Les chiffres clés",
            "Cet article est réservé aux abonnés. Pour lire la suite, profitez de notre "
            "offre découverte.",
        ],
        "end": [
            "Sur le même sujet",
            "Les plus lus",
            "Rectificatif : une version précédente de cet article indiquait par erreur que "
            "le maire était présent. Il s’était fait représenter.",
            "Cet article a été mis à jour le 14 mars à 18h avec la réaction de la préfecture.",
            "(Avec Presse Océane)",
            "Toute reproduction, même partielle, est interdite sans l’autorisation de la "
            "rédaction.",
            "Journaliste au service société depuis 2015, Clémence Vautrin-Loubet suit les "
            "questions d’éducation et de logement. Elle a auparavant travaillé à L’Écho du "
            "Causse.",
            "Mots-clés : Éducation · Collèges · Lozère",
            "Publié dans : Actualités locales",
            "Réagir à cet article",
            "Les commentaires sont modérés. Merci de respecter notre charte de modération.",
            "Cet article vous a-t-il été utile ? Oui · Non",
            "Signaler une erreur",
            "Cet article fait partie de notre série « Les villages qui se vident ». "
            "Retrouvez tous les épisodes ici.",
            "Les opinions exprimées dans cette tribune n’engagent que leur auteur.",
            "Vous avez aimé cet article ? Offrez-le à un proche.",
            "Retour en haut ↑",
            "Soutenez une information indépendante : ABONNEZ-VOUS",
            "Suivez-nous sur Facebook, X et Instagram",
            "Imprimer | Envoyer par e-mail",
            "Contacter l’auteur",
            "Voir plus d’articles →",
        ],
        "headlines": [
            "Le tramway prolongé jusqu’à la gare",
            "Incendie dans un entrepôt à Saint-Brévin",
            "Les Verts l’emportent dans le derby",
            "La vendange s’annonce précoce",
        ],
        "story": [
            "Le nombre d’abonnés au réseau de chaleur a doublé en cinq ans, selon la régie "
            "municipale.",
            "Sur les réseaux sociaux, plusieurs habitants ont partagé des photos de la rue "
            "inondée.",
            "Ce qui va changer",
        ],
    },
    "de": {
        "top": [
            "Startseite › Politik › Deutschland",
            "Von Henrike Wallbrecht-Sommer | 14.03.2026, 06:30 Uhr",
            "Aktualisiert: 14.03.2026, 11:12 Uhr",
            "KOMMENTAR",
            "Plus-Artikel",
            "🎧 Artikel anhören · 6 Min.",
            "Lesezeit: 4 Min.",
            "Artikel verschenken",
            "Anzeige | Präsentiert von den Stadtwerken Ohrbach",
            "Sie haben diesen Monat noch 1 kostenlosen Artikel.",
            "Das Wichtigste in Kürze:",
            "Serie „Dörfer im Wandel“ – Teil 4",
            "Thema folgen +",
            "Merken",
        ],
        "inline": [
            "ANZEIGE",
            "Weiterlesen nach der Anzeige",
            "Lesen Sie auch: Mietspiegel steigt – was Mieter jetzt wissen müssen",
            "► Mehr zum Thema: Warum die Brücke gesperrt bleibt",
            "Newsletter: Jeden Morgen die wichtigsten Nachrichten aus der Region – "
            "kostenlos anmelden",
            "Jetzt die Talbote-App herunterladen – im App Store und bei Google Play",
            "Einsatzkräfte am Unfallort an der B27. Foto: Lorenz Quaddeck / Talbote",
            "Bild: Archiv/Vesna Hartenfels",
            "Teilen: Facebook | X | WhatsApp | E-Mail",
            "Umfrage: Sollte die Innenstadt autofrei werden? ○ Ja ○ Nein ○ Weiß nicht",
            "Quiz: Wie gut kennen Sie Ihre Heimatstadt?",
            "Video: So sieht die Baustelle aus der Luft aus (2:15)",
            "Empfohlener redaktioneller Inhalt. An dieser Stelle finden Sie einen externen "
            "Inhalt, der den Artikel ergänzt. Sie können ihn sich mit einem Klick anzeigen "
            "lassen.",
            "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.",
            "🔔 Push-Benachrichtigungen aktivieren",
            "Sie haben einen Hinweis für uns? Schreiben Sie der Redaktion per WhatsApp.",
            "Sie sind bereits Abonnent? Hier anmelden",
            "Jetzt 3 Monate für 0,99 € lesen. Jederzeit kündbar.",
            "+++ LIVE-TICKER: Alle Entwicklungen im Überblick +++",
            "09:47 Uhr · Teilen",
            "Ältere Einträge laden",
            "Dieser Artikel enthält Affiliate-Links. Bei einem Kauf erhalten wir eine "
            "Provision, am Preis ändert sich für Sie nichts.",
            "Wetter: 12 °C, bewölkt • Verkehr: 5 km Stau auf der A8 Richtung Stuttgart",
            "Mehr anzeigen ▾",
            "Infobox: Die wichtigsten Zahlen",
            "Werbung",
            "Mit * gekennzeichnete Links sind Provisions-Links.",
        ],
        "end": [
            "Das könnte Sie auch interessieren",
            "Meistgelesen",
            "Korrektur: In einer früheren Version dieses Artikels hieß es, der Gemeinderat "
            "habe einstimmig entschieden. Richtig ist: mit 14 zu 3 Stimmen.",
            "Dieser Artikel wurde um 15.20 Uhr aktualisiert.",
            "Mit Material von dnp und Rheinpress",
            "© Talbote 2026 – Alle Rechte vorbehalten. Vervielfältigung nur mit "
            "Genehmigung der Redaktion.",
            "Henrike Wallbrecht-Sommer ist Redakteurin im Lokalressort. Sie schreibt über "
            "Stadtentwicklung, Verkehr und alles, was Pendler bewegt.",
            "Schlagworte: Verkehr · Stadtrat · Haushalt",
            "Kommentare (23)",
            "Bitte beachten Sie unsere Netiquette. Kommentare werden vor der "
            "Veröffentlichung geprüft.",
            "Zur Startseite",
            "Fehler gefunden? Jetzt melden.",
            "War dieser Artikel hilfreich? Ja / Nein",
            "Dieser Text ist Teil der Serie „Dörfer im Wandel“. Alle Folgen finden Sie hier.",
            "Der Gastbeitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die "
            "der Redaktion.",
            "Sie sind in einer schwierigen Lage? Das Krisentelefon Ohrbach ist rund um die "
            "Uhr erreichbar.",
            "Nach oben ↑",
            "Unabhängiger Journalismus braucht Unterstützung – JETZT ABONNIEREN",
            "Folgen Sie uns auf Facebook, Instagram und X",
            "Artikel drucken",
            "Erstveröffentlichung: 12.03.2026",
            "Ressort: Lokales",
        ],
        "headlines": [
            "Freibad öffnet früher",
            "Stadtrat streitet über Parkgebühren",
            "Derby endet torlos",
            "Bäckerei schließt nach 90 Jahren",
        ],
        "story": [
            "Die Zahl der Abonnenten des Nahverkehrstickets ist seit Januar um ein Drittel "
            "gestiegen.",
            "In den Kommentaren unter dem Aufruf der Stadt meldeten sich vor allem junge "
            "Familien zu Wort.",
            "Wie es jetzt weitergeht",
        ],
    },
    "es": {
        "top": [
            "Inicio / Nacional / Sociedad",
            "Por Ainhoa Berrocal Quintana | Madrid | 14 mar 2026 - 07:15 CET",
            "Actualizado: 14/03/2026 11:02h",
            "ANÁLISIS",
            "Exclusivo para suscriptores",
            "🎧 Escuchar noticia · 5 min",
            "Tiempo de lectura: 3 min",
            "Regalar este artículo",
            "Patrocinado por Seguros Albacía",
            "Te quedan 2 noticias gratis este mes",
            "Claves de la noticia:",
            "Serie ‘Pueblos sin relevo’, capítulo 3",
            "Seguir ➕",
            "Guardar",
        ],
        "inline": [
            "PUBLICIDAD",
            "La noticia continúa tras la publicidad",
            "Te puede interesar: Protección Civil activa la alerta naranja por lluvias en la costa",
            "📌 LEER MÁS | El Gobierno aprueba la subida del salario mínimo",
            "Suscríbete a nuestra newsletter y recibe cada mañana las noticias más importantes",
            "Descarga la app de El Faro del Sur en App Store y Google Play",
            "Vecinos observan los daños en la calle Mayor. (Foto: Íñigo Valcárcel / El "
            "Faro del Sur)",
            "FOTO: AGENCIA IBERPRESS",
            "Compartir en: Facebook · X · WhatsApp · Telegram · Copiar enlace",
            "Encuesta: ¿Debería peatonalizarse el centro? Sí / No / No sé",
            "TEST | ¿Cuánto sabes de la historia de tu ciudad?",
            "VÍDEO | Así ha quedado el paseo marítimo tras el temporal",
            "Este contenido de YouTube no se muestra porque has rechazado las cookies. "
            "Acéptalas para verlo.",
            "🔔 Activa las notificaciones para no perderte nada",
            "¿Tienes una denuncia o una historia? Escríbenos por WhatsApp",
            "¿Ya eres suscriptor? Inicia sesión",
            "Suscríbete por 1 € al mes durante 6 meses. Cancela cuando quieras.",
            "DIRECTO | Última hora de la borrasca",
            "12:05 · Compartir",
            "Cargar más actualizaciones",
            "Este artículo contiene enlaces de afiliados: si compras a través de ellos, "
            "recibimos una comisión.",
            "El tiempo: 17 °C, nubes y claros • Tráfico: retenciones en la A-7 dirección Málaga",
            "Contenido patrocinado",
            "👉 Únete a nuestro canal de WhatsApp",
            "Más información",
            "Ver galería (12 fotos)",
            "Anuncio",
        ],
        "end": [
            "Noticias relacionadas",
            "Lo más leído",
            "Fe de errores: En una versión anterior de esta noticia se indicaba "
            "erróneamente que el alcalde había dimitido. Se trata del teniente de alcalde.",
            "Noticia actualizada a las 18:40 con la declaración de la Delegación del Gobierno.",
            "Con información de Iberpress",
            "Queda prohibida la reproducción total o parcial de este contenido sin "
            "autorización expresa.",
            "Ainhoa Berrocal Quintana es periodista de la sección de Sociedad. Licenciada "
            "por la Universidad de Valdenar, trabajó en Radio Cierzo y escribe sobre "
            "vivienda y educación.",
            "Etiquetas: Vivienda · Alquiler · Ayuntamiento",
            "Archivado en: Sociedad, Vivienda",
            "Comentarios (8)",
            "Normas de participación: los comentarios ofensivos serán eliminados.",
            "¿Te ha resultado útil esta noticia? Sí | No",
            "¿Has visto un error? Comunícalo a la redacción",
            "Este reportaje forma parte de la serie ‘Pueblos sin relevo’. Consulta aquí "
            "todas las entregas.",
            "Las opiniones expresadas en esta tribuna son responsabilidad exclusiva de su autor.",
            "Volver arriba ↑",
            "El periodismo de calidad tiene un coste. APÓYANOS Y HAZTE SOCIO",
            "Síguenos en Facebook, X e Instagram",
            "Imprimir noticia",
            "✉️ Escribe a la autora",
            "Conoce nuestros estándares editoriales",
            "Recibe las últimas noticias en tu correo",
        ],
        "headlines": [
            "El puerto recupera los cruceros",
            "Cortes de agua en el barrio alto",
            "El Atlético Vegas remonta en el descuento",
            "Cierra la librería más antigua de la ciudad",
        ],
        "story": [
            "Los suscriptores del servicio de teleasistencia recibirán una llamada antes de "
            "que acabe el mes.",
            "Varios vecinos compartieron en redes vídeos de la tormenta de granizo.",
            "Qué pasará ahora",
        ],
    },
}
