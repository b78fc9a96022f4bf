"""Chrome rules by shape and position: what goes, and story lines of the same shape that stay.

The lines below were written for these tests (the held-out benchmark lists are never
copied here). Each row names where such a line sits on real sites.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from newsmend.chrome import strip_chrome

BEFORE = "The minister said on Tuesday that the talks would resume next week in Geneva."
AFTER = "Officials from both sides declined to comment on the details of the proposal."
LAST = "The next round of talks is expected to open in the spring, two diplomats said."


class Case(NamedTuple):
    line: str
    rule: str
    where: str  # "top" (above the story), "inside" (between paragraphs), "end" (under it)
    source: str


class Keep(NamedTuple):
    line: str
    where: str
    source: str


def page(line: str, where: str) -> list[str]:
    return {
        "top": [line, BEFORE, AFTER, LAST],
        "inside": [BEFORE, line, AFTER, LAST],
        "end": [BEFORE, AFTER, LAST, line],
    }[where]


def ids(rows: list[Case] | list[Keep]) -> list[str]:
    return [f"{row.where}-{row.line[:40]}" for row in rows]


CHROME = [
    # segmented_line: items joined by pipes, bullets or arrows, anywhere
    Case("Sport › Football › Premier League", "segmented_line", "inside", "breadcrumb in body"),
    Case("PODCAST | Inside the week's budget fight", "segmented_line", "inside", "media teaser"),
    Case("Business • 4 Comments • Print", "segmented_line", "inside", "theme post meta"),
    Case("Nächster Beitrag ▸ Neue Brücke für Altona", "segmented_line", "end", "next link"),
    Case("Vidéo ▶ Les coulisses du chantier", "segmented_line", "inside", "video teaser"),
    # framed_marker: a few words between dashes, or closed by an arrow
    Case("— Fin del anuncio —", "framed_marker", "inside", "ad slot note"),
    Case("Jump to comments ↓", "framed_marker", "inside", "comment jump link"),
    Case("Volver al índice ↑", "framed_marker", "end", "Spanish theme"),
    # emoji_line: pictographs set UI lines apart
    Case("📩 The Tuesday briefing, every week", "emoji_line", "inside", "newsletter box"),
    Case("🔔 Alerts on for the council vote", "emoji_line", "inside", "push prompt"),
    # address_line: e-mail addresses, handles to follow, "(Opens in new window)"
    Case("Send your pictures to photos@example.com", "address_line", "inside", "reader call"),
    Case("Pin it on Pinterest (Opens in new window)", "address_line", "end", "Jetpack share"),
    Case(
        "Ana Ruiz writes about housing for the Gazette. You can reach her at aruiz@example.org.",
        "address_line",
        "end",
        "author's note under the story",
    ),
    # reader_notice: sentences about the comment section, or to the reader, under the story
    Case("Les commentaires sont modérés avant publication.", "reader_notice", "end", "French"),
    Case("Debes iniciar sesión para comentar.", "reader_notice", "end", "Spanish login notice"),
    Case(
        "Comments are closed automatically fourteen days after a story is published.",
        "reader_notice",
        "end",
        "English comment policy",
    ),
    # sponsor_credit
    Case("Sponsored by Northside Dental", "sponsor_credit", "inside", "native ad label"),
    Case("Article continues after the advert", "sponsor_credit", "inside", "ad slot"),
    Case("Präsentiert von Hafenbank Hamburg", "sponsor_credit", "inside", "German native ad"),
    # article_button: a verb acting on the article or the saved list
    Case("Zur Merkliste hinzufügen", "article_button", "inside", "German bookmark button"),
    Case("Ajouter aux favoris", "article_button", "inside", "French bookmark button"),
    Case("Donner cet article", "article_button", "end", "French gift button"),
    # promo_paragraph: short paragraphs selling to the reader
    Case(
        "Like what you read? Become a member for $5 a month.",
        "promo_paragraph",
        "inside",
        "membership box",
    ),
    Case(
        "Ce reportage vous est offert : créez votre compte gratuit.",
        "promo_paragraph",
        "inside",
        "French registration wall",
    ),
    # comment_form_consent
    Case(
        "Guardar mi nombre y correo en este navegador para la próxima vez.",
        "comment_form_consent",
        "end",
        "comment form checkbox, Spanish",
    ),
    # meta_line, wire_dateline, role_byline, skip_link: above the story
    Case("3 mars 2025 – 5 min de lecture", "meta_line", "top", "French meta line"),
    Case("Lesezeit 4 Minuten – 12. März 2025", "meta_line", "top", "German meta line"),
    Case("BERLIN, 4. März (Reuters) -", "wire_dateline", "top", "agency dateline alone"),
    Case("Lisboa, 5 mar (EFE).-", "wire_dateline", "top", "Spanish agency dateline alone"),
    Case("Tom Weller, Korrespondent in Wien", "role_byline", "top", "byline without Von"),
    Case("Léa Marchand et Hugo Petit (avec Reuters)", "role_byline", "top", "names and agency"),
    Case("Skip to main content", "skip_link", "top", "WordPress and Drupal skip link"),
    Case("Zum Inhalt springen", "skip_link", "top", "WordPress, German"),
    Case("Saltar al contenido principal", "skip_link", "top", "Drupal, Spanish"),
    Case("You are here: Home / Sport / Rugby", "breadcrumb_trail", "top", "Yoast breadcrumb"),
    Case("Estás en: Inicio / Deportes", "breadcrumb_trail", "top", "Spanish breadcrumb"),
    # labelled_teaser: a label the story never uses, a colon, another story's headline
    Case(
        "Further coverage: Ceasefire plan stalls after a week of shuttle diplomacy",
        "labelled_teaser",
        "inside",
        "in-text link with a site's own label",
    ),
    Case(
        "Dossier spécial : Les négociations reprennent sous haute tension",
        "labelled_teaser",
        "inside",
        "French in-text link",
    ),
    Case(
        "Hintergrund: Warum die Gespräche seit Monaten stocken",
        "labelled_teaser",
        "inside",
        "German in-text link",
    ),
    # site_menu, author_box, skip links to the menu
    Case("Menü", "site_menu", "top", "theme header button"),
    Case("Rechercher", "site_menu", "top", "French search button"),
    Case("Iniciar sesión", "site_menu", "inside", "Spanish login button"),
    Case("Aller au menu principal", "skip_link", "top", "French theme skip link"),
    Case("About the author", "author_box", "end", "author box heading"),
    Case("Über die Autorin", "author_box", "end", "German author box"),
    # article_note: the article speaking of itself
    Case("Story continues", "article_note", "inside", "ad slot note"),
    Case("La suite de l'article", "article_note", "inside", "French ad slot note"),
    Case("Was this article helpful?", "article_note", "end", "reader poll without buttons"),
    Case("¿Te ha resultado útil este artículo?", "article_note", "end", "Spanish poll"),
    # call_to_action: the page's own controls, "here", "for later"
    Case("Read the full statement here", "call_to_action", "inside", "link to a document"),
    Case("Hier klicken für Eilmeldungen", "call_to_action", "inside", "German alerts button"),
    Case("Guardar para después", "call_to_action", "inside", "Spanish save button"),
    Case("Faites défiler pour continuer", "call_to_action", "inside", "French scroll note"),
    Case("Autorin kontaktieren", "call_to_action", "end", "German contact button"),
    Case("Inhalt bereitgestellt von Acme", "sponsor_credit", "inside", "German native ad"),
    Case("Lena Vogt, Politikredakteurin", "role_byline", "top", "German compound role"),
    Case("Última actualización: 03/11/2025 10:02", "dateline", "top", "Spanish update time"),
    Case(
        "Ana Ruiz cubre vivienda para El Diario. Síguela en X @anaruiz.",
        "address_line",
        "end",
        "author's note with a handle",
    ),
    Case("Ce guide contient des liens affiliés.", "disclosure", "inside", "affiliate note"),
    Case("Reprints & Permissions", "rights_notice", "end", "rights link"),
    Case("Entrada más reciente", "neighbour_link", "end", "Spanish newer-post link"),
    Case("Charger plus", "call_to_action", "end", "French load-more button"),
    # promo_line: newsletters, inboxes, notifications, unlimited access, sponsored content
    Case("Die Schlagzeilen jeden Morgen direkt ins Postfach", "promo_line", "inside", "German"),
    Case("Acceso ilimitado desde 1 € al mes", "promo_line", "inside", "Spanish paywall offer"),
    Case("Notre newsletter du matin, chaque jour", "promo_line", "inside", "the site's own"),
    Case("Newsletter Politik – jeden Freitag", "promo_line", "inside", "German label"),
    Case("Turn on push notifications for the vote", "call_to_action", "inside", "alerts"),
    Case("Never miss an update: sign up for our evening email", "call_to_action", "inside", "CTA"),
    Case("Vous avez lu 4 articles gratuits sur 10", "article_note", "inside", "meter"),
    Case("Contenidos relacionados", "related_heading", "inside", "related block, Spanish"),
    Case("Promoted links", "advertisement", "end", "ad network block"),
    Case("Fact-checked", "badge", "top", "badge beside the headline"),
    Case("Wird geladen...", "loading_indicator", "end", "widget's loading text"),
    Case("Tagged with: Geneva, ceasefire", "tag_line", "end", "theme tag line"),
    Case("Posted by Sam Carter at 10:42 AM", "trailing_dateline", "end", "post meta"),
    Case("Haben Sie Hinweise? Kontaktieren Sie uns", "call_to_action", "end", "contact prompt"),
    Case("En partenariat avec Rhône Énergie", "sponsor_credit", "inside", "partner credit"),
    # site_voice: the site as "we", with an imperative or an offer
    Case(
        "We would love to hear from you. Send us your photos of the storm.",
        "site_voice",
        "inside",
        "reader call",
    ),
    Case("Restez informés avec notre application gratuite", "site_voice", "inside", "app"),
    Case(
        "Wir freuen uns über Ihre Meinung. Schreiben Sie uns.",
        "site_voice",
        "end",
        "German reader call",
    ),
    Case("Read our privacy policy", "policy_link", "end", "site policy link"),
    Case("Mentions légales", "policy_link", "end", "French legal link"),
    Case("Normas de participación", "policy_link", "end", "Spanish comment rules link"),
    Case(
        "Ana Ruiz cubre tribunales. Contacta con ella en el 954 000 000.",
        "author_note",
        "end",
        "author's note with a telephone number",
    ),
    Case("Zurück zur Startseite", "back_to_top", "end", "German home link"),
    Case("Taille du texte", "site_menu", "top", "French text-size button"),
    Case("Von dpa", "byline", "top", "agency byline in lower case"),
    Case("Par Le Progrès avec AFP", "byline", "top", "outlet and agency"),
    Case("El Diario es de todos. Apóyanos hoy.", "site_voice", "inside", "Spanish appeal"),
    Case("Sé amable. Los comentarios se moderan.", "reader_notice", "end", "comment rules"),
    Case("DIE GESCHICHTE WIRD NACH DER ANZEIGE FORTGESETZT", "sponsor_credit", "inside", "ad"),
    Case("Schriftgröße", "site_menu", "top", "German text-size button"),
    Case("Corrections & clarifications", "policy_link", "end", "corrections page link"),
    # feedback_widget, a question and its buttons; call_to_action after a question
    Case("War dieser Artikel hilfreich? Ja Nein", "feedback_widget", "end", "reader poll"),
    Case("¿Te ha sido útil esta noticia? Sí No", "feedback_widget", "end", "reader poll"),
    Case("Got a question? Email us.", "call_to_action", "end", "question and a short prompt"),
    Case("Weiterlesen ab 2,99 € im Monat.", "promo_paragraph", "inside", "priced paywall"),
    # a count in parentheses beside a known string; consent before the cookies
    Case("Leave a comment (3)", "comment_section", "end", "comment button with its count"),
    Case(
        "Accept the cookies of our video partner to watch this clip.",
        "cookie_notice",
        "inside",
        "blocked embed",
    ),
    # author_bio: a biography after the author box's heading, under the story
    Case(
        "About the author: Sam Patel has covered courts for the Ledger since 2015.",
        "author_bio",
        "end",
        "author box, heading and text on one line",
    ),
    Case(
        "À propos de l'autrice – Inès Morel suit la politique locale depuis dix ans.",
        "author_bio",
        "end",
        "French author box with a dash",
    ),
    Case(
        "Zum Autor: Jonas Weber schreibt seit 2012 über Verkehr und Stadtplanung.",
        "author_bio",
        "end",
        "German author box",
    ),
    Case(
        "Sobre la autora: Marta Gil es periodista de la sección de Sociedad.",
        "author_bio",
        "end",
        "Spanish author box",
    ),
    # article_warning: a warning or an age note about the page, above the story
    Case(
        "Content note: this video shows scenes some viewers may find disturbing",
        "article_warning",
        "top",
        "content warning",
    ),
    Case(
        "Ce reportage contient des images choquantes.",
        "article_warning",
        "top",
        "French warning, a sentence",
    ),
    Case(
        "Hinweis: Dieser Beitrag enthält belastende Schilderungen von Gewalt.",
        "article_warning",
        "top",
        "German warning, prose-shaped",
    ),
    Case("Esta noticia tiene más de dos años de antigüedad", "article_warning", "top", "age"),
    Case("This page is more than three years old", "article_warning", "top", "archive age note"),
    # in_text_teaser: a related heading or an item's noun before a headline
    Case(
        "Must read: Inside the race to fix the city's pipes", "in_text_teaser", "inside", "kicker"
    ),
    Case(
        "Artículo relacionado: El puerto amplía su terminal de cruceros",
        "in_text_teaser",
        "inside",
        "Spanish related link",
    ),
    Case("Verpassen Sie nicht: Die Bilder vom Stadtfest", "in_text_teaser", "inside", "German"),
    Case("Ne manquez pas | Le programme du festival", "in_text_teaser", "inside", "French"),
    Case("Previous post: Council delays the stadium vote", "in_text_teaser", "end", "neighbour"),
    # families completed: arrows around neighbour links, discussion prompts, a section's
    # "more from", more share buttons, metered paywall counts
    Case("<< Previous post   Next post >>", "neighbour_link", "end", "theme's post links"),
    Case("‹ Entrada anterior  ·  Entrada siguiente ›", "neighbour_link", "end", "Spanish"),
    Case("Participez à la discussion", "comment_prompt", "end", "French comment prompt"),
    Case("Únete a la discusión", "comment_prompt", "end", "Spanish comment prompt"),
    Case("Mehr aus dem Ressort Kultur »", "recommendation_heading", "end", "section block"),
    Case("Más de la sección Deportes", "recommendation_heading", "end", "section block"),
    Case("Share this: LinkedIn, Threads, Email", "share_prompt", "end", "share row"),
    Case("Has leído 4 de 10 artículos gratis", "article_note", "inside", "metered paywall"),
    Case("8 von 10 kostenlosen Artikeln gelesen", "article_note", "inside", "metered paywall"),
    # error_prompt: a reader asked to report an error
    Case("Spotted a typo? Let us know", "error_prompt", "inside", "corrections prompt"),
    Case("Fehler entdeckt? Dann melden Sie sich bei uns", "error_prompt", "inside", "German"),
    Case("Comunicar una errata", "error_prompt", "end", "Spanish corrections button"),
    # embed_placeholder: embedded content waiting for the reader's consent
    Case(
        "External content: to view this post, please allow embedded content from X.",
        "embed_placeholder",
        "inside",
        "consent placeholder",
    ),
    Case(
        "Contenu externe : pour afficher cette vidéo, vous devez accepter les traceurs de tiers.",
        "embed_placeholder",
        "inside",
        "French consent placeholder",
    ),
    Case(
        "Externes Video: Um es anzusehen, aktivieren Sie bitte Inhalte von Drittanbietern.",
        "embed_placeholder",
        "inside",
        "German consent placeholder",
    ),
    Case(
        "Contenido externo. Para ver este vídeo, debes aceptar el contenido de terceros.",
        "embed_placeholder",
        "inside",
        "Spanish consent placeholder",
    ),
    # first_person_button: a sign-up button in the reader's voice
    Case("Yes, sign me up", "first_person_button", "end", "newsletter box"),
    Case(
        "Recevez l'essentiel chaque matin : je m'abonne",
        "first_person_button",
        "end",
        "French newsletter box",
    ),
    Case("Ja, ich bin dabei", "first_person_button", "end", "German newsletter box"),
    Case(
        "Las noticias de tu barrio cada mañana → Me apunto",
        "first_person_button",
        "end",
        "Spanish newsletter box",
    ),
    # credited_caption: a caption of more than a few words closed by its credit
    Case(
        "Les pompiers sur le quai, dimanche matin, après l'incendie de l'entrepôt. (Photo Marc "
        "Lenoir / Le Progrès)",
        "credited_caption",
        "inside",
        "French caption",
    ),
    Case(
        "Helfer räumen am Montag die Trümmer der eingestürzten Lagerhalle am Hafen weg. (Foto: "
        "dpa)",
        "credited_caption",
        "inside",
        "German caption, agency in lower case",
    ),
    Case(
        "Volunteers clear the beach at Sandy Point on Saturday after the oil spill. (Picture: "
        "Sam Holt)",
        "credited_caption",
        "inside",
        "English caption",
    ),
    Case(
        "Vecinos reunidos en la plaza del Ayuntamiento durante la protesta del domingo. "
        "(Imagen: El Faro)",
        "credited_caption",
        "inside",
        "Spanish caption",
    ),
    # newsroom_byline: the newsroom signs the story
    Case("Staff report", "newsroom_byline", "top", "local paper"),
    Case("Par la rédaction web", "newsroom_byline", "top", "French web desk"),
    Case("Von der Lokalredaktion", "newsroom_byline", "top", "German local desk"),
    Case("Redacción y agencias", "newsroom_byline", "top", "Spanish desk and agencies"),
    # section_label: police and courts sections, a region's abbreviation first
    Case("Police & Courts", "section_label", "top", "local section"),
    Case("Polizeibericht", "section_label", "top", "German police section"),
    Case("Tribunales", "section_label", "top", "Spanish courts section"),
    Case("UK Politics", "section_label", "top", "region and section"),
    # tell_us_prompt: a short question and a request to tell the site
    Case("Got a news tip? Tell us", "tell_us_prompt", "end", "tip line"),
    Case("Une info ? Dites-le-nous", "tell_us_prompt", "end", "French tip line"),
    Case("Haben Sie einen Hinweis? Sagen Sie es uns", "tell_us_prompt", "end", "German"),
    Case("¿Tienes una pista? Cuéntanoslo", "tell_us_prompt", "end", "Spanish tip line"),
    # premium_badge: a site's premium mark above the story
    Case("Courier PLUS", "premium_badge", "top", "premium article badge"),
    Case("Rundschau+", "premium_badge", "top", "German plus badge"),
    # families of widgets, credits, footers and notes (probed with lines written for them)
    Case("Traduit de l'anglais par Marie Dubois", "end_credit", "end", "translation credit"),
    Case("Übersetzt von Jana Roth", "end_credit", "end", "German translation credit"),
    Case("Traducido del inglés por Ana Gil", "end_credit", "end", "Spanish translation credit"),
    Case("Source: AFP", "agency_credit", "end", "agency credit"),
    Case("Avec AFP et Reuters", "agency_credit", "end", "French agency credit"),
    Case("Mit Material von dpa", "agency_credit", "end", "German agency credit"),
    Case("Con información de agencias", "agency_credit", "end", "Spanish agency credit"),
    Case("Reply", "comment_prompt", "end", "comment thread button"),
    Case("Antworten", "comment_prompt", "end", "German comment thread button"),
    Case("Sort by: Oldest first", "comment_prompt", "end", "comment sort control"),
    Case("Trier par : les plus récents", "comment_prompt", "end", "French comment sort"),
    Case("Nous contacter", "policy_link", "end", "footer link"),
    Case("Advertise with us", "policy_link", "end", "footer link"),
    Case("Editor's picks", "recommendation_heading", "end", "picks block"),
    Case("Für Sie empfohlen", "recommendation_heading", "end", "German picks block"),
    Case("Recomendado para ti", "recommendation_heading", "end", "Spanish picks block"),
    Case("Other stories", "recommendation_heading", "end", "other stories block"),
    Case("Schlagwörter", "recommendation_heading", "end", "German tags heading"),
    Case("Article publié le 4 avril 2025 à 08h30", "dateline", "top", "French dateline"),
    Case("Toggle navigation", "site_menu", "top", "theme menu button"),
    Case("A+ A-", "site_menu", "top", "text size buttons"),
    Case("Analysis", "section_label", "top", "genre label"),
    Case("ANÁLISIS", "section_label", "top", "Spanish genre label"),
    Case("Ad Feedback", "advertisement", "inside", "ad slot button"),
    Case("Video player is loading.", "loading_indicator", "inside", "video slot"),
    Case("Enlarge this image", "media_control", "inside", "photo button"),
    Case("toggle caption", "media_control", "inside", "caption button"),
    Case("Agrandir l'image", "media_control", "inside", "French photo button"),
    Case("Bild vergrößern", "media_control", "inside", "German photo button"),
    Case("Ampliar imagen", "media_control", "inside", "Spanish photo button"),
    Case("Photo 3 sur 12", "media_control", "inside", "French gallery counter"),
    Case("Your browser does not support the audio element.", "browser_notice", "inside", "player"),
    Case("Veuillez activer JavaScript pour voir ce contenu.", "browser_notice", "inside", "French"),
    Case("Ihr Browser unterstützt kein HTML5-Video.", "browser_notice", "inside", "German"),
    Case("Tu navegador no soporta este reproductor.", "browser_notice", "inside", "Spanish"),
    Case(
        "A version of this article appears in print on April 4, 2025, Section B, Page 3.",
        "print_note",
        "end",
        "print note",
    ),
    Case(
        "Cet article est paru dans l'édition du 4 avril 2025.",
        "print_note",
        "end",
        "French print note",
    ),
    Case(
        "Dieser Artikel erschien in der Printausgabe vom 4. April 2025.",
        "print_note",
        "end",
        "German print note",
    ),
    Case(
        "Este artículo apareció en la edición impresa del domingo.",
        "print_note",
        "end",
        "Spanish print note",
    ),
    Case("Faites un don", "donation_prompt", "inside", "donation button"),
    Case("Jetzt spenden", "donation_prompt", "inside", "German donation button"),
    Case("Haz una donación", "donation_prompt", "inside", "Spanish donation button"),
    # a second probe: credit labels, share toasts, language links, back links, sign-offs
    Case("Text: Jana Roth", "credit_label", "top", "byline as a credit label"),
    Case("Texto y fotos: Ana Gil", "credit_label", "top", "Spanish credit label"),
    Case("Link copied", "share_prompt", "top", "share widget's toast"),
    Case("Enlace copiado", "share_prompt", "top", "Spanish share toast"),
    Case("Jump to comments", "skip_link", "top", "comment jump link"),
    Case("Zu den Kommentaren", "skip_link", "top", "German comment jump link"),
    Case("Contenu partenaire", "advertisement", "top", "French partner content label"),
    Case("Advertiser content from Northwind", "advertisement", "top", "advertiser label"),
    Case("Read in English", "language_link", "inside", "language version link"),
    Case("Auf Englisch lesen", "language_link", "inside", "German language link"),
    Case("Leer en catalán", "language_link", "inside", "Spanish language link"),
    Case("Version française", "language_link", "inside", "French language link"),
    Case("Retour aux actualités", "back_to_top", "end", "back to the list"),
    Case("Zurück zur Übersicht", "back_to_top", "end", "German back link"),
    Case("Volver a Noticias", "back_to_top", "end", "Spanish back link"),
    Case("Thanks for reading", "reader_thanks", "end", "sign-off"),
    Case("Merci de nous lire", "reader_thanks", "end", "French sign-off"),
    Case("Danke fürs Lesen", "reader_thanks", "end", "German sign-off"),
    Case("Gracias por leernos", "reader_thanks", "end", "Spanish sign-off"),
    Case("Filed at 3:42 p.m. ET", "trailing_dateline", "end", "wire filing time"),
    # self_note: the article speaking of itself (updates, corrections, series), anywhere
    Case("This report was updated at 9:40 a.m. with new figures.", "self_note", "top", "update"),
    Case("Article actualisé à 11 h 20 avec le bilan des secours.", "self_note", "end", "update"),
    Case("Cet article fait partie de notre dossier sur l'eau.", "self_note", "end", "series"),
    Case("Dieser Beitrag wurde nachträglich korrigiert.", "self_note", "end", "correction"),
    Case("Esta noticia forma parte del especial «Agua».", "self_note", "inside", "series"),
    Case(
        "Correction: An earlier version of this story gave the wrong age.",
        "self_note",
        "end",
        "correction note",
    ),
    # content_warning: a warning word as a label, then the page's content
    Case("Warning: some scenes below may upset readers.", "content_warning", "top", "warning"),
    Case("Achtung: Im folgenden Bericht geht es um Gewalt.", "content_warning", "top", "warning"),
    Case("Aviso: contiene imágenes de un accidente.", "content_warning", "inside", "warning"),
    # journalist_bio: the author's biography as prose under the story
    Case(
        "Paul Girard est journaliste à la rubrique sports depuis 2011.",
        "journalist_bio",
        "end",
        "author bio",
    ),
    Case(
        "Jana Roth ist seit 2018 Reporterin in der Lokalredaktion.",
        "journalist_bio",
        "end",
        "author bio",
    ),
    Case(
        "Sam Okafor has covered state politics for the paper since 2009.",
        "journalist_bio",
        "end",
        "author bio",
    ),
    # poll: a label in capitals, a question, a call to vote
    Case("READER POLL: Should parking be free? Vote now", "poll", "end", "poll widget"),
    Case("SONDAGE : Faut-il un péage urbain ? Votez !", "poll", "end", "poll widget"),
    Case("ENCUESTA — ¿Más carriles bici? Participa", "poll", "end", "poll widget"),
    # rights_notice: copying restricted, by the publisher or in a few words
    Case("Reproduction interdite sans accord.", "rights_notice", "end", "reprint notice"),
    Case(
        "Weiterverbreitung nur mit Zustimmung der Redaktion.",
        "rights_notice",
        "end",
        "reprint notice",
    ),
    Case(
        "This material may not be republished without permission.",
        "rights_notice",
        "end",
        "reprint notice",
    ),
    # article_meter: a metered paywall's count, sentence or not
    Case("Noch 3 kostenlose Artikel diesen Monat.", "article_meter", "inside", "meter"),
    Case("Has leído 2 de 4 artículos gratuitos.", "article_meter", "inside", "meter"),
    # trial_offer: a price for a period, with a word that sells it
    Case("Abo testen: 6 Wochen für 2 €", "trial_offer", "inside", "trial box"),
    Case("Offre d'essai : 2 € les deux premiers mois", "trial_offer", "inside", "trial box"),
    # login_to_comment: the comment form's login notice
    Case("Pour réagir, il faut être connecté.", "login_to_comment", "end", "form"),
    Case("Sie müssen eingeloggt sein, um zu kommentieren.", "login_to_comment", "end", "form"),
    # review_credit: an expert's review above the story
    Case("Vérifié par le docteur Marc Petit", "review_credit", "top", "health site"),
    Case("Revisado por el doctor Luis Gil", "review_credit", "top", "health site"),
    # closing_call: a pitch (the site, the reader, a schedule) closed by a short call
    Case(
        "The Weekend Edition lands every Saturday morning. Join 12,000 readers",
        "closing_call",
        "inside",
        "newsletter box",
    ),
    Case(
        "Der Sport-Newsletter, jeden Montag. Jetzt gratis bestellen",
        "closing_call",
        "inside",
        "newsletter box",
    ),
    Case(
        "Votre soutien nous rend indépendants. Donnez maintenant.",
        "closing_call",
        "end",
        "donation appeal",
    ),
    # disclosure: the site earning a commission through links
    Case(
        "Nous percevons une commission sur les achats faits via nos liens.",
        "disclosure",
        "end",
        "shopping page",
    ),
    # agency_credit: an agency's name in capitals after a credit word, wire initials
    Case("Source : ATX", "agency_credit", "end", "regional paper"),
    Case("epd/kbr", "agency_credit", "end", "wire initials"),
    # site_voice: the site's own podcast; sponsor_credit: paid content
    Case(
        "Alle Folgen unseres Podcasts gibt es auf allen Plattformen",
        "site_voice",
        "inside",
        "podcast",
    ),
    Case("Paid post from Orchard Bank", "sponsor_credit", "top", "sponsored label"),
    # wider shapes of the families above: a beat and a year, a poll after a bar asking
    # for the reader's view, a warning over a testimony, money through the site's links,
    # all rights reserved, a review label and a colon
    Case(
        "Tom Reed joined the Courier in 2015 and writes about farming.",
        "journalist_bio",
        "end",
        "author bio",
    ),
    Case("ENCUESTA: ¿Más bancos en el parque? Danos tu opinión", "poll", "end", "poll widget"),
    Case("Avertissement : ce récit évoque des violences.", "content_warning", "top", "warning"),
    Case(
        "When you shop through our links, we may earn money.",
        "disclosure",
        "end",
        "shopping page",
    ),
    Case("Alle Rechte vorbehalten, Nachdruck auf Anfrage.", "rights_notice", "end", "footer"),
    Case("Revisión médica: Dra. Marta Vidal", "review_credit", "top", "health site"),
    # round 7, prose-shaped notes: an opinion's disclaimer, a biography naming no one the
    # story names, a helpline open around the clock
    Case(
        "Opinions expressed in this column are solely those of the writer.",
        "opinion_disclaimer",
        "end",
        "op-ed footer",
    ),
    Case(
        "Cette chronique n'engage que son auteur et pas la rédaction.",
        "opinion_disclaimer",
        "end",
        "French op-ed footer",
    ),
    Case(
        "Der Kommentar gibt die Meinung der Autorin wieder.",
        "opinion_disclaimer",
        "top",
        "German comment box",
    ),
    Case(
        "Lucía Ortega es redactora de la sección de Economía y cubre el mercado laboral.",
        "journalist_bio",
        "end",
        "author bio without a year",
    ),
    Case(
        "Reporter au service économie depuis 2019, Louis Marchal suit l'industrie et l'emploi.",
        "journalist_bio",
        "end",
        "bio opening with the trade",
    ),
    Case(
        "Tobias Renner reports on health and science for the Courier.",
        "journalist_bio",
        "end",
        "bio naming a beat",
    ),
    Case(
        "If you are struggling, the Samaritans can be reached day or night on 116 123.",
        "support_line",
        "end",
        "helpline after a hard story",
    ),
    Case(
        "Haben Sie Suizidgedanken? Die Telefonseelsorge ist rund um die Uhr erreichbar.",
        "support_line",
        "end",
        "German helpline",
    ),
    # round 7, headings and widgets: summary boxes, live blogs, series, quizzes, tickers,
    # an audio player's length
    Case("At a glance:", "summary_heading", "top", "summary box"),
    Case("Die wichtigsten Fakten", "summary_heading", "inside", "German summary box"),
    Case("Les points clés", "summary_heading", "inside", "French summary box"),
    Case("Load more posts", "feed_control", "inside", "live blog"),
    Case("2 neue Einträge anzeigen", "feed_control", "inside", "German live blog"),
    Case("Post épinglé", "feed_control", "inside", "French live blog"),
    Case("Notre série « Les oubliés du rail » (3/6)", "series_label", "top", "series"),
    Case("Teil 2 unserer Serie „Land unter“", "series_label", "top", "German series"),
    Case("Quiz: Can you name every bridge in the city?", "poll", "inside", "quiz widget"),
    Case("Machen Sie den Test: Erkennen Sie diese Gebäude?", "poll", "inside", "German quiz"),
    Case(
        "Tu opinión: ¿Debe abrir el parque de noche? Sí / No / NS/NC",
        "poll",
        "top",
        "poll buttons",
    ),
    Case("+++ Eilmeldung: Sperrung aufgehoben +++", "framed_marker", "inside", "ticker flash"),
    Case("🎧 Escuchar este artículo · 4:30 min.", "emoji_line", "top", "audio player"),
    # round 7, the forms words take: German compounds of two chrome stems, stamps and
    # notes in more forms, consent boxes, prompts offering two ways to write in
    Case("Gratiszugang für Studierende", "chrome_compound", "inside", "German offer"),
    Case("Zum Newsletter-Abo", "chrome_compound", "inside", "German newsletter"),
    Case("Jetzt Probeabo sichern", "chrome_compound", "inside", "German trial offer"),
    Case(
        "Ich stimme zu, dass mir Inhalte von Drittanbietern angezeigt werden.",
        "embed_placeholder",
        "inside",
        "German consent box",
    ),
    Case("Online-Veröffentlichung: 03.03.2026", "trailing_dateline", "end", "German stamp"),
    Case("Printveröffentlichung: 03.03.2026", "trailing_dateline", "end", "German compound"),
    Case("Originally posted Jan. 5, 2026 at 9:00 am", "trailing_dateline", "end", "stamp"),
    Case("You can gift 3 more articles this month.", "article_meter", "end", "gift meter"),
    Case(
        "Berichtigung: Eine frühere Fassung dieses Beitrags nannte ein falsches Datum.",
        "self_note",
        "end",
        "German correction",
    ),
    Case(
        "Un sujet ? Envoyez un courriel à la rédaction ou passez au journal.",
        "tell_us_prompt",
        "inside",
        "French tip line",
    ),
    # round 8, forms and stamps: a sign-up form's field, its small print and its thanks,
    # relative time stamps, corrections under their label, "more information" links,
    # a widget's lone button, "other stories from" headings, round bullets
    Case("Your work e-mail *", "form_field", "inside", "newsletter form field"),
    Case("Saisissez votre adresse électronique", "form_field", "inside", "French form"),
    Case("E-Mail-Adresse eingeben", "form_field", "inside", "German form"),
    Case("Introduce tu correo", "form_field", "inside", "Spanish form"),
    Case(
        "By clicking Join, you consent to our Terms of Service and Privacy Policy.",
        "terms_notice",
        "inside",
        "sign-up small print",
    ),
    Case(
        "En validant, vous acceptez notre politique de confidentialité.",
        "terms_notice",
        "inside",
        "French small print",
    ),
    Case(
        "Ich bin mit den Nutzungsbedingungen einverstanden.",
        "terms_notice",
        "inside",
        "German checkbox",
    ),
    Case(
        "Al darte de alta aceptas los términos de uso.",
        "terms_notice",
        "inside",
        "Spanish small print",
    ),
    Case("Thank you for registering!", "signup_thanks", "inside", "form sent"),
    Case("Merci de votre inscription !", "signup_thanks", "inside", "French form sent"),
    Case(
        "Fast geschafft! Bitte bestätigen Sie den Link in Ihrem Posteingang.",
        "signup_thanks",
        "inside",
        "German double opt-in",
    ),
    Case("¡Gracias por apuntarte!", "signup_thanks", "inside", "Spanish form sent"),
    Case("45 mins ago", "relative_time", "inside", "live blog stamp"),
    Case("Mis à jour il y a 2 heures", "relative_time", "inside", "French live blog"),
    Case("vor 20 Min.", "relative_time", "inside", "German ticker"),
    Case("Hace un momento", "relative_time", "end", "Spanish stamp"),
    Case(
        "Clarification: A previous version of this item gave the wrong venue.",
        "correction_note",
        "end",
        "correction under the story",
    ),
    Case(
        "Erratum : nous avions d'abord écrit que la séance avait lieu lundi.",
        "correction_note",
        "end",
        "French correction",
    ),
    Case(
        "Richtigstellung: Zuvor hieß es, die Sitzung sei öffentlich gewesen.",
        "correction_note",
        "end",
        "German correction",
    ),
    Case(
        "Aclaración: en una primera versión se dijo que el pleno fue el martes.",
        "correction_note",
        "end",
        "Spanish correction",
    ),
    Case("Find out more", "more_info_heading", "inside", "link box"),
    Case("Pour en savoir plus", "more_info_heading", "inside", "French link box"),
    Case("Mehr Infos", "more_info_heading", "inside", "German link box"),
    Case("Para saber más", "more_info_heading", "inside", "Spanish link box"),
    Case("Zoom in", "widget_button", "inside", "image zoom"),
    Case("Déplier", "widget_button", "inside", "French fact box toggle"),
    Case("Ausklappen", "widget_button", "inside", "German fact box toggle"),
    Case("Votar ahora", "widget_button", "inside", "Spanish poll button"),
    Case("Other stories from Kent", "recommendation_heading", "end", "regional block"),
    Case("Andere Artikel aus der Rubrik", "recommendation_heading", "end", "German block"),
    Case("Otras noticias de Sevilla", "recommendation_heading", "end", "Spanish block"),
    Case("EN DIRECT ● Les dernières infos", "segmented_line", "inside", "live label"),
    Case(
        "This story was originally published by the Harbour Review.",
        "republication_note",
        "end",
        "republished piece",
    ),
    Case(
        "Cet article a d'abord été publié sur le site de La Vigie.",
        "republication_note",
        "top",
        "French republished piece",
    ),
    Case(
        "Dieser Beitrag wurde ursprünglich im Nordboten veröffentlicht.",
        "republication_note",
        "end",
        "German republished piece",
    ),
    Case(
        "Este reportaje se publicó primero en la revista Ciudad.",
        "republication_note",
        "top",
        "Spanish republished piece",
    ),
    Case(
        "ALSO ON OUR WEBSITE: Why night buses matter to nurses",
        "labelled_teaser",
        "inside",
        "teaser under a label of several words in capitals",
    ),
    Case(
        "AUCH BEI UNS: Was die neue Buslinie den Pendlern bringt",
        "labelled_teaser",
        "inside",
        "German teaser",
    ),
    Case(
        "TAMBIÉN EN LA RADIO: Las claves del nuevo plan de movilidad",
        "labelled_teaser",
        "inside",
        "Spanish teaser",
    ),
    # feed_refresh: a live feed's refresh control or its state (round 9)
    Case("Auto-refresh is off", "feed_refresh", "inside", "live blog toggle"),
    Case("5 new posts — refresh", "feed_refresh", "inside", "live blog notice"),
    Case("Actualisation automatique désactivée", "feed_refresh", "inside", "French toggle"),
    Case("Rafraîchir la page", "feed_refresh", "inside", "French button"),
    Case("Ticker pausiert – zum Fortsetzen tippen", "feed_refresh", "inside", "German ticker"),
    Case("3 neue Meldungen – jetzt aktualisieren", "feed_refresh", "inside", "German notice"),
    Case("Actualización automática: desactivada", "feed_refresh", "inside", "Spanish toggle"),
    Case("Hay 2 entradas nuevas — actualizar", "feed_refresh", "inside", "Spanish notice"),
    Case("4 nouvelles publications. Touchez pour les voir", "feed_refresh", "inside", "fr"),
    Case("3 new updates. Tap to see them", "feed_refresh", "inside", "live blog notice"),
    # review_credit: a fact-checking desk stands for the reviewer's name
    Case("Verified by our Fact Desk", "review_credit", "top", "fact-check label"),
    Case("Contenu vérifié par le service Désintox", "review_credit", "top", "French label"),
    Case("Geprüft vom Faktencheck-Team", "review_credit", "top", "German label"),
    Case("Información revisada por la unidad de verificación", "review_credit", "top", "Spanish"),
    # media_control: a media noun with its count
    Case("Gallery: 14 photos", "media_control", "inside", "gallery link"),
    Case("Diaporama : 11 images", "media_control", "inside", "French gallery link"),
    Case("Galerie mit 12 Bildern", "media_control", "inside", "German gallery link"),
    Case("Ver las 15 fotos", "media_control", "inside", "Spanish gallery link"),
    Case("Open image in gallery", "media_control", "inside", "image button"),
    # image_kind_label: what kind of picture stands above
    Case("File photo.", "image_kind_label", "inside", "caption of an archive picture"),
    Case("Photo d'illustration.", "image_kind_label", "inside", "French caption"),
    Case("Symbolfoto", "image_kind_label", "inside", "German caption"),
    Case("Foto de archivo.", "image_kind_label", "inside", "Spanish caption"),
    # site_policy: the site pointing to its own rules for readers (round 9)
    Case("Please read our community guidelines before posting.", "site_policy", "end", "forum"),
    Case("Consultez notre charte des commentaires.", "site_policy", "end", "French comments"),
    Case("Es gelten unsere Kommentarregeln.", "site_policy", "end", "German comments"),
    Case("Mehr über unsere redaktionellen Grundsätze", "site_policy", "end", "German link"),
    Case(
        "Los comentarios deben respetar nuestras normas de la comunidad.",
        "site_policy",
        "end",
        "Spanish comments",
    ),
    Case("Así trabajamos: nuestros principios editoriales", "site_policy", "end", "Spanish"),
    # newsroom_byline: the newsroom naming its paper and the agencies it worked with
    Case("Die Redaktion der Nordpost mit Agenturen", "newsroom_byline", "top", "German"),
    Case("Redacción de El Heraldo con EFE", "newsroom_byline", "top", "Spanish signature"),
    Case(
        "The newsroom of the Daily Ledger, with agencies",
        "newsroom_byline",
        "top",
        "English signature",
    ),
    # agency_credit: "with" and an agency named in words
    Case("Avec l'agence Nordpresse", "agency_credit", "end", "French agency credit"),
    Case("(Avec l'AFP)", "agency_credit", "end", "French credit in parentheses"),
    Case("Mit Agenturmaterial", "agency_credit", "end", "German credit"),
    Case("(Avec Presse Nord)", "agency_credit", "end", "agency named in words"),
    Case("Avec l'agence Nordpresse", "agency_credit", "top", "French credit above the story"),
    # back_to_top: links back to the home page
    Case("Go to front page", "back_to_top", "end", "theme link"),
    Case("Revenir à la une", "back_to_top", "end", "French link"),
    Case("Zur Homepage", "back_to_top", "end", "German link"),
    Case("Ir a la página de inicio", "back_to_top", "end", "Spanish link"),
    # article_warning: the page's age said as its publication so long ago
    Case(
        "This story was published more than two years ago.",
        "article_warning",
        "top",
        "old-article notice",
    ),
    Case(
        "Ce contenu a été mis en ligne il y a plus de 4 ans.",
        "article_warning",
        "top",
        "French notice",
    ),
    Case("Dieser Beitrag erschien vor fünf Jahren.", "article_warning", "top", "German notice"),
    Case("Este contenido fue publicado hace 4 años.", "article_warning", "top", "Spanish"),
    # article_meter: the meter's end said without its count (round 9)
    Case("Vous avez lu tous vos articles offerts ce mois-ci.", "article_meter", "inside", "fr"),
    Case(
        "Sie haben Ihr Kontingent an kostenlosen Artikeln erreicht.",
        "article_meter",
        "inside",
        "German meter",
    ),
    Case("Has llegado al límite de artículos gratis.", "article_meter", "inside", "Spanish"),
    # trial_offer: a price for a period that can be cancelled
    Case("Only $1 for your first month – cancel anytime", "trial_offer", "inside", "offer"),
    Case("Erster Monat für 1 € – monatlich kündbar", "trial_offer", "inside", "German offer"),
    Case("Primer mes por 1 €, cancela cuando quieras", "trial_offer", "inside", "Spanish"),
    # paid_label: the article is for paying readers
    Case("Contenu payant", "paid_label", "top", "French badge"),
    Case("Kostenpflichtiger Inhalt", "paid_label", "top", "German badge"),
    Case("Bezahlinhalt", "paid_label", "inside", "German badge in one word"),
    # embed_notice: an embed's label, or the notice that consent keeps it hidden
    Case("Recommended editorial content", "embed_notice", "inside", "consent placeholder"),
    Case("Contenu externe", "embed_notice", "inside", "French placeholder"),
    Case("Empfohlener externer Inhalt", "embed_notice", "inside", "German placeholder"),
    Case("Contenido editorial recomendado", "embed_notice", "inside", "Spanish placeholder"),
    Case(
        "This content cannot be shown because of your consent choices. Change your settings.",
        "embed_notice",
        "inside",
        "blocked embed",
    ),
    Case(
        "Dieser Inhalt ist aufgrund Ihrer Datenschutzeinstellungen nicht verfügbar.",
        "embed_notice",
        "inside",
        "German blocked embed",
    ),
    Case(
        "Este contenido no está disponible por tu configuración de privacidad.",
        "embed_notice",
        "inside",
        "Spanish blocked embed",
    ),
    # sponsor_credit: the story going on after what interrupts it (round 9)
    Case("The story continues after this ad", "sponsor_credit", "inside", "ad slot note"),
    Case("La suite de l'article après ce message", "sponsor_credit", "inside", "French"),
    Case("El artículo continúa tras este mensaje", "sponsor_credit", "inside", "Spanish"),
    # correspondent_credit: the site's own correspondent instead of a name
    Case("From our correspondent in Rome", "correspondent_credit", "top", "byline"),
    Case("Vernois — De notre correspondant", "correspondent_credit", "top", "French byline"),
    Case("Von unserem Korrespondenten in Paris", "correspondent_credit", "top", "German"),
    Case("De nuestro corresponsal en Lisboa", "correspondent_credit", "top", "Spanish byline"),
    # reader_tool: text size and reading mode buttons
    Case("Text size A- A A+", "reader_tool", "top", "article toolbar"),
    Case("Taille du texte A A+", "reader_tool", "top", "French toolbar"),
    Case("Schriftgröße A A+ A++", "reader_tool", "top", "German toolbar"),
    Case("Modo lectura", "reader_tool", "top", "Spanish toolbar"),
    Case("Lesemodus", "reader_tool", "top", "German reading mode"),
    # site_voice: the name of the site's podcast in quotation marks is not quoted speech
    Case(
        "Écoutez aussi notre podcast « Le Fil » sur toutes les plateformes.",
        "site_voice",
        "inside",
        "French podcast promo",
    ),
    Case(
        "Escucha nuestro podcast «Al Día» en tu plataforma favorita.",
        "site_voice",
        "inside",
        "Spanish podcast promo",
    ),
    Case("Abonnieren Sie unseren Newsletter „Am Morgen“.", "site_voice", "inside", "German"),
    # related_heading: related topics, in one word in Spanish
    Case("Relacionados", "related_heading", "inside", "Spanish related box"),
    Case("Verwandte Themen", "related_heading", "end", "German related box"),
    # byline: the name stops at the little word before the date (round 9)
    Case(
        "Posted by Tom Reyes on March 3, 2025 at 9:10 pm | 12 comments",
        "byline",
        "top",
        "blog theme's post meta",
    ),
    Case("Por Ana Ruiz el 4 de marzo de 2025 — 8 comentarios", "byline", "top", "Spanish"),
    # wire_dateline: two places joined by a slash
    Case("Kleinfeld/Oberau (dpa) –", "wire_dateline", "top", "German agency dateline"),
    Case("Sevilla/Cádiz (EFE).-", "wire_dateline", "top", "Spanish agency dateline"),
    # kicker: a label claiming the story, before the site's name in capitals
    Case("INFO LE COURRIER DU NORD", "kicker", "top", "French scoop label"),
    Case("EXCLUSIVA EL DIARIO DEL SUR", "kicker", "top", "Spanish scoop label"),
    # labelled_teaser: a label naming a kind of page the site runs (round 9)
    Case("Notre dossier : les municipales 2026", "labelled_teaser", "inside", "French dossier"),
    Case("Unser Dossier: Die Zukunft der Innenstadt", "labelled_teaser", "inside", "German"),
    Case("Live blog: All the latest from the summit", "labelled_teaser", "inside", "live blog"),
    Case("Im Trend: Bahnstreik legt Verkehr lahm", "labelled_teaser", "inside", "trend label"),
    Case("En directo: última hora del temporal", "labelled_teaser", "inside", "Spanish live"),
    # summary_heading: "Summary" alone above the story
    Case("Zusammenfassung", "summary_heading", "top", "German summary box"),
    Case("Résumé", "summary_heading", "top", "French summary box"),
    Case("Resumen", "summary_heading", "top", "Spanish summary box"),
    # self_note: the article translated, or to be updated
    Case("Esta noticia se irá actualizando.", "self_note", "inside", "Spanish update note"),
    Case("This story has been translated from German.", "self_note", "end", "translation"),
    Case("Dieser Beitrag wurde aus dem Englischen übersetzt.", "self_note", "end", "German"),
    # paywall_notice: a label of subscribers over a headline (round 9)
    Case("For members: How the deal fell apart", "paywall_notice", "inside", "member teaser"),
    Case("Abonnés : le dessous des cartes", "paywall_notice", "inside", "French teaser"),
    Case("Para socios: cómo se rompió el pacto", "paywall_notice", "inside", "Spanish teaser"),
    # promo_paragraph: German compounds of journalism are what is sold
    Case("Unterstützen Sie Qualitätsjournalismus", "promo_paragraph", "inside", "appeal"),
]

STORY = [
    Keep("« Non » à la réforme, « oui » au dialogue", "inside", "French quotes, not arrows"),
    Keep("そして「設定」→「保存」を選びます", "inside", "Japanese instructions with an arrow"),
    Keep("Rockledge 14 11 6 15 — 44", "top", "box score"),
    Keep("Brexit – what comes next", "inside", "subheading with a dash"),
    Keep("— Sí, claro —, respondió el alcalde.", "inside", "dialogue dashes in a sentence"),
    Keep("See you at the market! 🙂", "end", "a blog's smiley"),
    Keep("Anyone with information can write to tips@police.example.", "inside", "police appeal"),
    Keep("— City Council (@CityCouncil) March 3, 2025", "end", "embedded post's signature"),
    Keep("Аккаунт: @some_baker", "inside", "an account in a list of photographers"),
    Keep("Comments from the minister came after the vote.", "end", "story sentence"),
    Keep("The company declined to comment.", "end", "one-line closing paragraph"),
    Keep("Click the link above so you can:", "end", "a list follows"),
    Keep("Anzeige gegen Unbekannt erstattet", "inside", "a police report, not an ad"),
    Keep("The ad campaign was sponsored by the city.", "inside", "story sentence"),
    Keep("Un artículo polémico", "inside", "subheading"),
    Keep("Artikel 5 des Grundgesetzes", "inside", "a law's article"),
    Keep(
        "Subscribers to the transit app will get a text message for each change.",
        "inside",
        "story sentence about subscribers",
    ),
    Keep("Email the council at the address on its website.", "inside", "story advice"),
    Keep(
        "The browser sends your email address to the server, the researchers found.",
        "end",
        "technology story",
    ),
    Keep("Pittsburgh, Pennsylvania", "top", "dateline"),
    Keep("Jean Dupont, maire de Lyon", "top", "a name and an office, not a journalist"),
    Keep("Why the council changed its mind", "inside", "story subheading"),
    Keep("He declined to comment.", "inside", "one-line paragraph"),
    Keep("Vous êtes ici : c'est ce que dit le panneau.", "top", "a sentence, not a trail"),
    Keep("Did the council approve it? No, not yet.", "end", "a question answered in words"),
    Keep("Why now? Officials gave no reason.", "end", "question and a statement"),
    Keep("Tickets cost $5 and can be bought at the door.", "inside", "a price in a story"),
    Keep(
        "If you want to ride the new line, a ticket costs €2.",
        "inside",
        "a price and 'you' in a story",
    ),
    Keep("Top 10", "inside", "a list's heading, no parentheses"),
    Keep("The story continues to unfold in Geneva, officials said.", "end", "story sentence"),
    Keep("But this story isn’t about me.", "inside", "a blog's sentence"),
    Keep("This post will discuss the following:", "inside", "a list follows"),
    Keep("Story continues below gallery", "end", "ends with what follows"),
    Keep("Search continues for missing hikers", "inside", "subheading"),
    Keep("Close to the border, the village waited.", "inside", "story sentence"),
    Keep("Read the report", "inside", "imperative naming no control"),
    Keep("Los términos del acuerdo siguen abiertos.", "inside", "accented word ending in -nos"),
    Keep("Von oben sah man die ganze Stadt.", "top", "'Von' and a lower-case word"),
    Keep("We will keep the channel open, a senior official said.", "inside", "reported speech"),
    Keep("We hope to see you soon!", "end", "a blog's goodbye, nothing offered"),
    Keep("Privacy concerns remain", "inside", "subheading"),
    Keep("Home at last", "end", "a closing subheading"),
    Keep(
        "John Smith covers the repairs himself, the council said.",
        "end",
        "a name and 'covers' in a story sentence",
    ),
    Keep("Kostenlose Busse für Senioren", "inside", "subheading with a word of 'free'"),
    Keep("Storm alert for the coast", "inside", "subheading with 'alert'"),
    Keep("Registered voters turned out early", "inside", "subheading with 'registered'"),
    Keep("The lesson: follow the money", "inside", "a label and an imperative, no control"),
    Keep("Amazon Music Unlimited costs more from March", "inside", "a product's name"),
    Keep("The affiliate network grew by a third last year.", "inside", "no link named"),
    Keep(
        "The vote was announced on the Twitter account of the Senate, @SenateNews.",
        "end",
        "a handle named in a story sentence",
    ),
    Keep("Geneva talks: what the ministers want to change", "inside", "label from the story"),
    Keep(
        "True confession: I had to learn to listen to the other side",
        "inside",
        "a subheading in the writer's voice",
    ),
    Keep("Next week: the ministers meet again", "inside", "a label of short words"),
    Keep("Parents fight over the club newsletter", "inside", "subheading naming a newsletter"),
    Keep("Le sponsor principal se retire du tournoi", "inside", "French subheading, sponsor"),
    Keep("Ärger über die Benachrichtigungen der Stadt", "inside", "German subheading"),
    Keep("El boletín y la newsletter del colegio, en disputa", "inside", "Spanish subheading"),
    Keep("Q: What happens to the proposal now", "inside", "an interview's question"),
    Keep("Im Trend: Lastenräder", "inside", "a subheading with a 'trending' label"),
    Keep("Text: the bill in full", "top", "a label over a document, no names"),
    Keep("Back to school", "inside", "subheading: back to a place, not to a list"),
    Keep("Retour à la normale", "inside", "French subheading"),
    Keep("Zurück zur Normalität", "inside", "German subheading"),
    Keep("Volver a empezar", "inside", "Spanish subheading"),
    Keep("Reading in English class", "inside", "a language named in a subheading"),
    Keep("The English version of the report was published later.", "end", "a sentence"),
    Keep("Play video games to learn", "inside", "a subheading naming games"),
    Keep("Photos show the damage", "inside", "a media noun in a subheading"),
    Keep("Spenden", "inside", "German subheading: donations, a noun"),
    Keep("Karriere", "inside", "a profile's subheading"),
    Keep("Kontakt", "end", "a word alone, no 'us'"),
    Keep("Your browser history can be used against you, experts say.", "inside", "no support word"),
    Keep("The print edition will end in June, the owner said.", "end", "a story about print"),
    Keep(
        "The report appeared on Monday, days before the print edition closed for the holidays.",
        "end",
        "no 'this article'",
    ),
    Keep(
        "Reuters reported the deal first on Monday, citing two people familiar with it.",
        "end",
        "an agency in a sentence",
    ),
    Keep("Reply from the ministry", "end", "a closing subheading"),
    Keep("Zoom sur les quartiers nord", "inside", "French subheading opening with 'zoom'"),
    Keep("Topics for the next meeting", "end", "a closing subheading"),
    Keep("Video shows the moment of the crash", "inside", "a media noun and a verb, and more"),
    Keep("Who pays? Not us", "inside", "an opinion's question and answer"),
    Keep("De plus en plus", "top", "'plus' in lower case"),
    Keep(
        "The new logo, unveiled on Monday, drew mixed reviews from fans online (pictured).",
        "inside",
        "a sentence pointing at a photo, no credit",
    ),
    Keep(
        "The committee published its findings with a map of the affected streets (photo below).",
        "inside",
        "a photo word in parentheses, no name",
    ),
    Keep(
        "The newsroom voted on Tuesday to strike over the new contract, its union said.",
        "top",
        "a lede about a newsroom",
    ),
    Keep("NHS crisis", "top", "an abbreviation and a word that names no section"),
    Keep("US Open", "top", "an abbreviation and a word that names no section"),
    Keep("Bahn meldet Fehler im Stellwerk", "inside", "subheading, a conjugated verb"),
    Keep("Was it a mistake?", "inside", "a question with no verb of finding"),
    Keep("Fehler melden lohnt sich nicht immer", "inside", "subheading, verb in the middle"),
    Keep(
        "Third-party apps will have to ask users to consent before they show targeted ads, "
        "the regulator said.",
        "inside",
        "a story about consent to third parties",
    ),
    Keep(
        "The external auditors asked the board to allow them to see the accounts, you could say.",
        "inside",
        "external, consent and display words, nothing embedded",
    ),
    Keep("« Je m'inscris », a lancé une habitante.", "inside", "the button's words, quoted"),
    Keep("She said she would sign me up for lessons at the pool.", "inside", "a sentence"),
    Keep("The discussion continues", "end", "a closing line opening with a determiner"),
    Keep("Three free articles a month, the publisher said.", "inside", "a sentence"),
    Keep(
        "The author of the report, Dana Webb, said the figures were checked twice.",
        "end",
        "a story sentence naming an author",
    ),
    Keep("About the authors of the plan", "end", "a closing subheading, no colon"),
    Keep(
        "This story begins in a village twenty years ago, when the mine closed.",
        "top",
        "a lede that speaks of the story, no age of the page",
    ),
    Keep(
        "Warning signs were missed for years, the inquiry found on Tuesday in its report.",
        "top",
        "a lede with 'warning', no page named",
    ),
    Keep(
        "Le reportage diffusé en 2019 avait choqué les familles des victimes, selon elles.",
        "top",
        "a lede naming a report, not this page",
    ),
    Keep(
        "The bakery accepted orders for 300 cookies before the fair, its owner said.",
        "inside",
        "cookies in a story",
    ),
    # self_note, content_warning, journalist_bio, poll: the same words in the story's world
    Keep("The report was updated in March with new figures on rents.", "inside", "story"),
    Keep("This article of the treaty was amended in 1992 after a referendum.", "inside", "law"),
    Keep("Cet article de loi a été modifié en 2004, a rappelé l'avocate.", "inside", "law"),
    Keep("Warning: the river may flood again tonight.", "inside", "subheading"),
    Keep("Attention, the council said, would turn to the budget next.", "inside", "story"),
    Keep(
        "Jana Roth, a reporter since 2018, said she had never seen such a crowd.",
        "end",
        "story about a reporter",
    ),
    Keep("ANALYSIS: Can the deal hold? Not for long", "end", "subheading"),
    Keep("Why now? Officials gave no reason.", "inside", "story"),
    # rights_notice, article_meter, trial_offer, login_to_comment, review_credit: story lines
    Keep(
        "Reproduction of the photographs without the family's consent was forbidden.",
        "inside",
        "court story",
    ),
    Keep("The library lends 5 free e-books a month to members.", "inside", "story"),
    Keep("Rents up €200 a month", "inside", "subheading"),
    Keep("The trial will last a month and cost $40,000.", "inside", "story"),
    Keep(
        "Residents who wish to comment must register at the town hall by Friday.",
        "inside",
        "story",
    ),
    Keep("Reviewed by the council in May", "top", "subheading"),
    # closing_call, disclosure, agency_credit: story lines of the same shapes
    Keep(
        "Registration opens on Monday at the town hall, the mayor's office announced. "
        "Sign up early.",
        "inside",
        "local notice in a story",
    ),
    Keep("The broker earned a commission on every link in the chain.", "inside", "story"),
    Keep("NASA", "end", "a lone name under the story"),
    Keep("Tom Reed, who joined the board in 2015, voted against the plan.", "end", "story"),
    Keep("Certain rights are reserved to the states under the constitution.", "inside", "story"),
    Keep("Warning: this winter could be the coldest in decades", "top", "subheading"),
    Keep(
        "The author's views on housing have changed since the report was published, she said.",
        "inside",
        "story about an author",
    ),
    Keep(
        "Die Autorin hat ihre Meinung zum Projekt inzwischen geändert.",
        "inside",
        "German story sentence",
    ),
    Keep(
        "The hotline was staffed around the clock during the floods, officials said.",
        "inside",
        "story",
    ),
    Keep(
        "If the storm hits, crews will work around the clock to clear the roads.",
        "end",
        "story's closing sentence",
    ),
    Keep("Key points of contention remain", "inside", "subheading"),
    Keep("Das Wichtigste ist die Sicherheit", "inside", "German subheading"),
    Keep("Summary", "inside", "a report's own section"),
    Keep("More posts for police", "inside", "subheading"),
    Keep(
        "The series of protests began in May, when the first part of the plan was unveiled.",
        "inside",
        "story",
    ),
    Keep("Le test : combien de temps pour traverser la ville ?", "inside", "subheading"),
    Keep("Unsere Grundsätze", "end", "capitalised words under the story"),
    Keep("Main image credit: Getty", "end", "a credit the story's text keeps"),
    Keep("Das Wohnungsangebot der Stadt", "inside", "German subheading"),
    Keep("Die Stadt bietet einen Gratiszugang zum Schwimmbad an.", "inside", "German story"),
    Keep("First reported in 2019, the case drew national attention.", "end", "story"),
    Keep("Readers sent 3 articles to the council, which ignored them.", "inside", "story"),
    # round 8: story lines with the words of forms, stamps, corrections and buttons
    Keep(
        "Residents can enter their email address on the council's website for updates.",
        "inside",
        "story",
    ),
    Keep(
        "Users must accept the app's privacy policy before they can buy a ticket.",
        "inside",
        "story naming no person who agrees",
    ),
    Keep(
        "You must accept its privacy policy first, the consumer group said.",
        "inside",
        "reported speech",
    ),
    Keep("Thanks to a subscription drive, the paper now has more readers.", "inside", "story"),
    Keep("Police urged residents to check their inbox for the letter.", "inside", "story"),
    Keep("Il y a trois ans, le conseil avait déjà voté une extension.", "inside", "story"),
    Keep("Hace dos años, el pleno ya había aprobado una línea de prueba.", "inside", "story"),
    Keep(
        "The correction, published in March, came after an earlier version of the budget.",
        "end",
        "story",
    ),
    Keep(
        "Más información sobre las frecuencias estará disponible el lunes.",
        "inside",
        "Spanish story",
    ),
    Keep("Vote", "inside", "subheading that is a noun"),
    Keep("Zoom", "inside", "subheading naming the company"),
    Keep("Other voices from the hearing", "end", "closing subheading"),
    Keep(
        "The plan first appeared in a council report published in 2019, officials said.",
        "end",
        "story naming another document",
    ),
    Keep(
        "NEW YORK CITY: Officials said the bus routes would be cut next year",
        "inside",
        "place over its story",
    ),
    Keep(
        "The council will refresh its plan for the harbour after the vote in March.",
        "inside",
        "story sentence with a refresh verb",
    ),
    Keep(
        "Les mises à jour automatiques du logiciel ont été suspendues par la mairie.",
        "inside",
        "French story about automatic updates",
    ),
    Keep("Reviewed by the council in May", "top", "subheading naming no reviewer"),
    Keep(
        "Checked by the police at the border, the lorries were allowed to continue.",
        "top",
        "story sentence with a checking participle",
    ),
    Keep(
        "The gallery holds 40 photos of the harbour taken between 1910 and 1950.",
        "inside",
        "story counting photos",
    ),
    Keep("Photos", "inside", "subheading"),
    Keep("The archive holds photos of every mayor since 1901.", "inside", "story about an archive"),
    Keep(
        '"We will review our policy on housing," the mayor said on Tuesday.',
        "end",
        "quoted policy",
    ),
    Keep(
        "Our rules on parking are the strictest in the region, the council said.",
        "end",
        "rules that govern parking",
    ),
    Keep("Nos règles ont changé en 2019, a rappelé la directrice de l'école.", "end", "French"),
    Keep("Die Regeln für unsere Schule hat der Rat im Mai beschlossen.", "end", "German story"),
    Keep("Newsroom Staff Vote To Strike At Gazette", "top", "headline in capitals"),
    Keep("Back home, the mayor faced questions about the budget.", "end", "story sentence"),
    Keep("La portada", "inside", "Spanish subheading about a magazine cover"),
    Keep(
        "This story was told to me by my grandmother more than fifty years ago, in a village.",
        "top",
        "story opening about long ago",
    ),
    Keep(
        "The museum said visitors who have reached the limit of free entries can buy a ticket.",
        "inside",
        "story about a limit",
    ),
    Keep("Paid leave", "inside", "subheading"),
    Keep("Pago", "inside", "Spanish subheading: payment"),
    Keep("The council's recommended budget was published on Monday.", "inside", "story"),
    Keep(
        "The video, which cannot be shown in the UK, drew 2 million views, according to your"
        " regulator.",
        "inside",
        "story about a blocked video",
    ),
    Keep(
        "From our correspondent in Rome came the first word of the strike.",
        "top",
        "story sentence naming a correspondent",
    ),
    Keep("A + B", "inside", "a formula, not size buttons"),
    Keep(
        '"Listen to our podcast," the mayor told residents on Tuesday.',
        "inside",
        "quoted speech about a podcast",
    ),
    Keep("By Tuesday, the river had crested.", "top", "story opening with 'By'"),
    Keep("INFO WAR HEATS UP IN THE NORTH AS TALKS STALL", "top", "headline in capitals"),
    Keep("Summary", "inside", "a report's own section"),
    Keep(
        "The report, translated into French in 2019, became a bestseller.",
        "inside",
        "story about a translation",
    ),
    Keep(
        "Ce texte a été modifié par le Sénat en première lecture.",
        "inside",
        "French story: 'ce texte' is a bill",
    ),
    Keep("Subscribers: 12,000 more this year", "inside", "a list's item about subscribers"),
]


@pytest.mark.parametrize("label", ["EN IMAGES", "IM BILD", "ENTREVISTA", "SPECIAL REPORT"])
def test_a_label_in_capitals_under_the_headline_goes(label: str) -> None:
    kept, removed = strip_chrome(["Bridge reopens", label, BEFORE, AFTER], "Bridge reopens")
    assert kept == [BEFORE, AFTER]
    assert [r.rule for r in removed] == ["repeated_title", "kicker"]


@pytest.mark.parametrize("line", ["BAAR, SWITZERLAND", "Pittsburgh", "G20 SUMMIT"])
def test_a_dateline_under_the_headline_is_not_a_kicker(line: str) -> None:
    kept, _ = strip_chrome(["Bridge reopens", line, BEFORE, AFTER], "Bridge reopens")
    assert kept == [line, BEFORE, AFTER]


@pytest.mark.parametrize("row", CHROME, ids=ids(CHROME))
def test_chrome_of_these_shapes_goes(row: Case) -> None:
    paragraphs = page(row.line, row.where)
    kept, removed = strip_chrome(paragraphs, None)
    assert [(r.text, r.rule) for r in removed] == [(row.line, row.rule)]
    assert kept == [p for p in paragraphs if p != row.line]


@pytest.mark.parametrize("row", STORY, ids=ids(STORY))
def test_story_lines_of_the_same_shapes_stay(row: Keep) -> None:
    paragraphs = page(row.line, row.where)
    assert strip_chrome(paragraphs, None) == (paragraphs, [])


def test_an_advice_column_that_speaks_to_the_reader_keeps_its_short_lines() -> None:
    column = (
        "When you start a business online, you will meet a whole cast of people who want to "
        "sell you something, and most of what they sell is not what you need in the first "
        "months, so keep your money for the things that bring you customers."
    )
    paragraphs = [column, "Your email list will begin to grow", column]
    assert strip_chrome(paragraphs, None) == (paragraphs, [])


def test_a_note_to_the_reader_is_not_the_end_of_the_story() -> None:
    """The author's note is prose-shaped; under it the block of headlines still goes."""
    tail = [
        "Ana Ruiz writes about housing for the Gazette. You can reach her at aruiz@example.org.",
        "Worth a look",
        "Ferry fares to rise in spring",
        "Bridge on Main Street shut for repairs",
        "Pool reopens after a two-year renovation",
    ]
    kept, removed = strip_chrome([BEFORE, AFTER, LAST, *tail], None)
    assert kept == [BEFORE, AFTER, LAST]
    assert [r.rule for r in removed] == ["address_line"] + ["headline_run"] * 4


def test_a_capitals_label_beside_a_subheading_goes() -> None:
    """A teaser under a story's subheading has prose on one side only."""
    teaser = "REPORTAGE. Dans les coulisses du nouveau dépôt de bus"
    paragraphs = [BEFORE, "Un chantier sous surveillance", teaser, AFTER, LAST]
    _, removed = strip_chrome(paragraphs, None)
    assert [(r.text, r.rule) for r in removed] == [(teaser, "labelled_teaser")]


def test_a_list_of_tips_with_labels_stays() -> None:
    """A travel story's "Don't miss: …" tips come in a run: no teaser among them."""
    paragraphs = [
        BEFORE,
        "Don't miss: the cathedral roof at dusk",
        "Skip: the cafés along the crowded harbour",
        AFTER,
        LAST,
    ]
    assert strip_chrome(paragraphs, None) == (paragraphs, [])


def test_a_subheading_over_its_deck_stays() -> None:
    """A label in ordinary case over a short deck line is the story's own subheading."""
    paragraphs = [
        BEFORE,
        "Internal review: Guards skipped the night checks on the wing",
        "Investigators focused on the hours before dawn",
        AFTER,
        LAST,
    ]
    assert strip_chrome(paragraphs, None) == (paragraphs, [])


def test_chrome_shaped_like_prose_in_a_row_under_the_story_goes() -> None:
    """A biography over a copyright notice: each hides the story's end in turn."""
    tail = [
        "Related coverage",
        "Ferry fares to rise in spring",
        "Bridge on Main Street shut for repairs",
        "Pool reopens after a two-year renovation",
        "About the author: Noor Haddad has reported on diplomacy for the Ledger since 2016.",
        "© 2025 The Ledger Company. All rights reserved. No part of this site may be copied "
        "without permission.",
    ]
    kept, removed = strip_chrome([BEFORE, AFTER, LAST, *tail], None)
    assert kept == [BEFORE, AFTER, LAST]
    assert [r.rule for r in removed] == [
        "related_heading",
        *["headline_run"] * 3,
        "author_bio",
        "copyright_notice",
    ]


def test_headlines_under_a_related_heading_go_with_prose_below_them() -> None:
    """Prose under a related block (a notice no rule knows) hides the story's end: the
    headlines directly under the heading still go, the prose stays."""
    notice = "The council will meet again on Thursday to vote on the final version of the budget."
    headlines = ["Bridge to close for a month", "Bakery opens on Main Street"]
    paragraphs = [BEFORE, AFTER, LAST, "Most read", *headlines, notice]
    kept, removed = strip_chrome(paragraphs, None)
    assert [(r.text, r.rule) for r in removed][1:] == [(h, "related_block") for h in headlines]
    assert notice in kept


def test_a_related_heading_over_one_subheading_and_prose_takes_nothing() -> None:
    """A lone short line under the heading, then prose, is a subheading of the story."""
    paragraphs = [BEFORE, "Related", "How the deal came together", AFTER, LAST]
    kept, _ = strip_chrome(paragraphs, None)
    assert "How the deal came together" in kept


def test_a_biography_of_someone_the_story_names_stays() -> None:
    """A closing paragraph about a journalist the story is about is the story's own."""
    story = [
        "Priya Lal spent three months in the valley before the floods, the paper said.",
        AFTER,
        LAST,
        "Priya Lal is the Gazette's education correspondent and covers the schools.",
    ]
    assert strip_chrome(story, None) == (story, [])


@pytest.mark.parametrize(
    "line", ["Ferry fares rise again", "Unsere Leser fragen nach", "El tiempo en la costa"]
)
def test_a_line_about_nothing_in_the_story_goes_among_chrome_under_it(line: str) -> None:
    """Under the story, beside other chrome, a line sharing no word with the story goes."""
    paragraphs = [BEFORE, AFTER, LAST, line, "Leave a Reply"]
    kept, removed = strip_chrome(paragraphs, None)
    assert kept == [BEFORE, AFTER, LAST]
    assert [(r.text, r.rule) for r in removed] == [
        (line, "off_topic_tail"),
        ("Leave a Reply", "comment_section"),
    ]


def test_a_short_line_under_the_story_that_takes_up_its_words_stays() -> None:
    """Under the story, a line naming the story's things is its own closing line."""
    paragraphs = [BEFORE, AFTER, LAST, "Where the talks go next", "Leave a Reply"]
    kept, _ = strip_chrome(paragraphs, None)
    assert kept == [BEFORE, AFTER, LAST, "Where the talks go next"]


def test_a_list_that_goes_on_under_the_story_keeps_its_items() -> None:
    """An item naming nothing of the story stays when a later item does: the list goes on."""
    paragraphs = [
        BEFORE,
        AFTER,
        LAST,
        "thirty minutes before bed",
        "Geneva talks resume",
        "Leave a Reply",
    ]
    kept, _ = strip_chrome(paragraphs, None)
    assert kept == [BEFORE, AFTER, LAST, "thirty minutes before bed", "Geneva talks resume"]


def test_a_trend_label_over_a_story_about_trends_stays() -> None:
    """A label naming a kind of page the story itself speaks of is the story's subheading."""
    story = [
        "The trend towards cycling to work has grown in every district since the new lanes.",
        "Trend: more riders in winter",
        "Council figures show twice as many riders in January as two years ago, the report says.",
        LAST,
    ]
    kept, _ = strip_chrome(story, None)
    assert "Trend: more riders in winter" in kept
