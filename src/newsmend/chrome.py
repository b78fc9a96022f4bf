"""Named rules that strip site chrome from extracted paragraphs.

Extractors keep chrome that sits inside the content container: category labels,
the headline repeated above the story, "Related Articles" blocks, comment forms,
share prompts. Each rule here is named and judges a paragraph by its *shape* (short,
no sentence punctuation, title-cased) and its *position* (before the first real
paragraph, after a trailing "Related"/"Comments" heading), and by families of
strings the big CMSs print in English, French, German and Spanish. A phrase rule
matches a whole line, never a word inside a sentence, so a story paragraph that
says "related" or begins with "Watch" stays.

:func:`strip_chrome` applies the rules and records every removal as a
:class:`~newsmend.model.Removal` with the rule's name and the paragraph's index.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Literal, NamedTuple
from urllib.parse import urlsplit

import courlan

from newsmend.model import Removal

__all__ = [
    "CAPTION_RULES",
    "DATELINE_RULES",
    "OFF_TOPIC_TAIL",
    "PHRASE_RULES",
    "RULES",
    "TRAILING_BLOCK",
    "Dateline",
    "Page",
    "PhraseRule",
    "Rule",
    "SiteChrome",
    "byline_names",
    "is_dateline_text",
    "is_prose",
    "story_dateline",
    "strip_chrome",
]

SENTENCE_END = '.!?…"”»’)。！？」'
NAV_SEPARATORS = re.compile(r"\s(?:[|›»>/·•:]|→|-)\s|›|»")
STOPS = (".", "!", "?")
"""The marks that end a sentence for the rules that let a closing quote or bracket end a
label ("Photo: Jane Doe (AP)"), where :func:`ends_sentence` would not."""
MAX_LABEL_WORDS = 5
"""Category labels and breadcrumb items are a few words long."""
MAX_TEASER_WORDS = 25
MAX_TRAILING_WORDS = 25
"""Below a trailing "Related"/"Comments" heading, longer lines are never removed."""
MIN_PROSE_WORDS = 12
MIN_PROSE_CHARS = 60
"""Scripts written without spaces (Japanese, Chinese) are judged by length instead."""
MAX_NAV_ITEM_WORDS = 4
MAX_NAVIGATION_WORDS = 20


@dataclass(frozen=True)
class Page:
    """The paragraphs being judged, with the positions the rules look at.

    Attributes:
        paragraphs: The extracted paragraphs, in order.
        title: The article's headline, if known.
        removed: Paragraphs already judged chrome (by a first pass of the rules); they
            are not story prose when the story's first and last paragraphs are found.
    """

    paragraphs: Sequence[str]
    title: str | None
    removed: frozenset[int] = frozenset()

    @cached_property
    def first_prose(self) -> int:
        """Index of the first paragraph that reads as story prose (or the length)."""
        prose = self._prose
        return next(
            (i for i in range(len(prose)) if prose[i] and i not in self.removed),
            len(self.paragraphs),
        )

    @cached_property
    def last_prose(self) -> int:
        """Index of the last paragraph that reads as story prose (or -1).

        A short note to the reader (:func:`is_note_to_reader`) is not the story's end,
        even when it is prose-shaped: "Comments are moderated and may take up to 24 hours
        to appear.", "Jane Doe covers politics. Reach her at jd@example.org."
        """
        for i in range(len(self.paragraphs) - 1, -1, -1):
            if self._prose[i] and i not in self.removed and not self._note_to_reader(i):
                return i
        return -1

    def without(self, removed: frozenset[int]) -> Page:
        """The same page with these paragraphs set aside as chrome, sharing what was
        computed once for all the rules (word counts, normalised lines)."""
        page = Page(self.paragraphs, self.title, removed)
        shared = (
            "_word_counts",
            "_normalized",
            "_tokens",
            "_token_lists",
            "_prose",
            "_uncounted",
            "speaks_to_reader",
        )
        # story_words is not shared: it is read only in the body, which the second pass
        # does not judge
        page.__dict__.update({k: v for k, v in self.__dict__.items() if k in shared})
        return page

    @cached_property
    def story_words(self) -> frozenset[str]:
        """The words of the story's prose paragraphs, normalised."""
        return frozenset(
            word for i in range(len(self.paragraphs)) if self._prose[i] for word in self.tokens(i)
        )

    @cached_property
    def story_and_title_words(self) -> frozenset[str]:
        """The words of the headline and of the prose paragraphs not set aside as chrome,
        normalised: what the story is about."""
        prose = (
            word
            for i in range(len(self.paragraphs))
            if self._prose[i] and i not in self.removed
            for word in self.tokens(i)
        )
        return frozenset(prose).union(normalize(self.title or "").split())

    @cached_property
    def last_on_topic(self) -> int:
        """Index of the last paragraph, not set aside as chrome, sharing a word of four
        letters or more with the story's prose or headline (or -1)."""
        story = self.story_and_title_words
        return next(
            (
                i
                for i in range(len(self.paragraphs) - 1, -1, -1)
                if i not in self.removed and not story.isdisjoint(_content_words(self, i))
            ),
            -1,
        )

    @cached_property
    def speaks_to_reader(self) -> bool:
        """Tell whether the story's own long paragraphs address the reader ("you", "vous",
        "Sie", "tu") outside quotations: an advice column or a blog, where a paragraph
        doing so is story."""
        return any(
            self.word_count(i) > MAX_PROMO_WORDS
            and _READER_ADDRESS.search(_QUOTED.sub("", p)) is not None
            for i, p in enumerate(self.paragraphs)
        )

    def _note_to_reader(self, index: int) -> bool:
        return self.word_count(index) <= MAX_READER_SENTENCE_WORDS and is_note_to_reader(
            self.paragraphs[index]
        )

    @cached_property
    def _prose(self) -> list[bool]:
        return [is_prose(p) for p in self.paragraphs]

    def prose_at(self, index: int) -> bool:
        """Tell whether a paragraph reads as story prose (:func:`is_prose`), judged once
        for all the rules; false for an index outside the page."""
        return 0 <= index < len(self.paragraphs) and self._prose[index]

    def in_header(self, index: int) -> bool:
        """Tell whether a paragraph comes before the story's first prose paragraph."""
        return index < self.first_prose

    @cached_property
    def title_position(self) -> int:
        """Index of the headline repeated in the header, or -1 when it is not there."""
        return next(
            (i for i in range(self.first_prose) if is_repeated_title(self, i)),
            -1,
        )

    def above_title(self, index: int) -> bool:
        """Tell whether a paragraph sits above the headline repeated in the header.

        Labels and menus are judged only there: a short capitalised first line with
        no headline under it is as often a dateline or a section of the story.
        """
        return index < self.title_position

    def word_count(self, index: int) -> int:
        """The number of words in a paragraph, counted once for all the rules."""
        return self._word_counts[index]

    def tokens(self, index: int) -> frozenset[str]:
        """The words of a paragraph :func:`normalize`-d, as a set, computed once."""
        cache = self._tokens
        if index not in cache:
            cache[index] = frozenset(self.token_list(index))
        return cache[index]

    @cached_property
    def _tokens(self) -> dict[int, frozenset[str]]:
        return {}

    def token_list(self, index: int) -> tuple[str, ...]:
        """The words of a paragraph :func:`normalize`-d, in order, split once for all the
        rules that read their order."""
        cache = self._token_lists
        if index not in cache:
            cache[index] = tuple(self.normalized(index).split())
        return cache[index]

    @cached_property
    def _token_lists(self) -> dict[int, tuple[str, ...]]:
        return {}

    def normalized(self, index: int) -> str:
        """A paragraph :func:`normalize`-d, computed once for all the rules that ask."""
        cache = self._normalized
        if index not in cache:
            cache[index] = normalize(self.paragraphs[index])
        return cache[index]

    @cached_property
    def headline_runs(self) -> frozenset[int]:
        """Indices, under the last prose paragraph, of runs of short non-sentence lines."""
        members: set[int] = set()
        run: list[int] = []
        for i in range(self.last_prose + 1, len(self.paragraphs) + 1):
            line = self.paragraphs[i].strip() if i < len(self.paragraphs) else ""
            if i in self.removed or (
                line
                and self.word_count(i) <= MAX_HEADLINE_RUN_WORDS
                and not ends_sentence(line)
                and len(_NUMBERS.findall(line)) <= MAX_HEADLINE_NUMBERS
            ):
                run.append(i)  # a line already removed (a heading) belongs to the run
                continue
            kept = [j for j in run if j not in self.removed]
            if len(run) >= MIN_HEADLINE_RUN and len(kept) <= MAX_HEADLINE_RUN:  # longer: a list
                members.update(kept)
            run = []
        return frozenset(members)

    @cached_property
    def _word_counts(self) -> list[int]:
        return [len(words(p)) for p in self.paragraphs]

    @cached_property
    def _normalized(self) -> dict[int, str]:
        return {}

    def uncounted(self, index: int) -> str | None:
        """A paragraph :func:`normalize`-d without the count in parentheses that closes it
        ("Join the discussion (42)"), or ``None`` when no count closes it; computed once
        for all the phrase rules."""
        cache = self._uncounted
        if index not in cache:
            counted = _COUNTED.search(self.paragraphs[index]) is not None
            cache[index] = self.normalized(index).rpartition(" ")[0] if counted else None
        return cache[index]

    @cached_property
    def _uncounted(self) -> dict[int, str | None]:
        return {}


def words(text: str) -> list[str]:
    """Split a line into words.

    >>> words("Home › World")
    ['Home', '›', 'World']
    """
    return text.split()


def is_prose(text: str) -> bool:
    """Tell a story paragraph (a long sentence, punctuated) from a label or link.

    >>> is_prose("World News")
    False
    """
    long_enough = len(words(text)) >= MIN_PROSE_WORDS or len(text) >= MIN_PROSE_CHARS
    return long_enough and ends_sentence(text)


def ends_sentence(text: str) -> bool:
    """Tell whether a line ends like a sentence (or a quotation)."""
    return text.rstrip()[-1] in SENTENCE_END


_NON_WORD = re.compile(r"[^\w]+")
_COUNTED = re.compile(r"\s[(\[]\d+[)\]]\s*$")


def normalize(text: str) -> str:
    """Case-fold a line and drop punctuation, for comparing titles and phrases.

    >>> normalize("Leave a Reply *")
    'leave a reply'
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NON_WORD.sub(" ", folded).split())


def folded_words(text: str) -> frozenset[str]:
    """The words of a family as :func:`normalize` leaves them ("ß" becomes "ss").

    >>> sorted(folded_words("abschließen Teilen"))
    ['abschliessen', 'teilen']
    """
    return frozenset(normalize(text).split())


def made_of(tokens: Sequence[str], key: frozenset[str], fillers: frozenset[str]) -> bool:
    """Tell whether normalised words hold a key word and nothing but key words and
    fillers: a label built from one family of words ("Next Post", "À découvrir").

    >>> made_of(["next", "post"], folded_words("next previous"), folded_words("post"))
    True
    >>> made_of(["post"], folded_words("next previous"), folded_words("post"))
    False
    """
    return any(t in key for t in tokens) and all(t in key or t in fillers for t in tokens)


Zone = Literal["any", "header", "tail", "outside", "body"]


@dataclass(frozen=True)
class Rule:
    """A named test on one paragraph of a page.

    Attributes:
        name: Recorded in each :class:`~newsmend.model.Removal` the rule makes.
        description: What the rule removes and why, in words.
        test: ``test(page, index)`` is true when ``page.paragraphs[index]`` is chrome.
        max_words: The test is never true for a longer paragraph (``None``: no bound);
            :func:`strip_chrome` does not ask it about one, so most story paragraphs
            are judged by a few rules only.
        zone: Where the test can be true: ``"header"`` (before the story's first prose
            paragraph), ``"tail"`` (from its last prose paragraph on), ``"outside"``
            (either), ``"body"`` (strictly between the two) or ``"any"``; like
            ``max_words``, a bound the test itself enforces, so that it is not asked
            elsewhere.
        caption: The lines it removes are photo captions or credits, which
            :func:`newsmend.extract.extract` also keeps in ``captions``.
        dateline: The lines it removes may be the story's dateline set apart ("KYIV
            (AP) —"), where :func:`newsmend.extract.dateline_place` looks for its place.
    """

    name: str
    description: str
    test: Callable[[Page, int], bool]
    max_words: int | None = None
    zone: Zone = "any"
    caption: bool = False
    dateline: bool = False

    def __call__(self, page: Page, index: int) -> bool:
        """Judge one paragraph."""
        return self.test(page, index)


@dataclass(frozen=True)
class PhraseRule:
    """A family of CMS strings, each matched against a whole (short) line.

    Attributes:
        name: Recorded in each removal.
        description: What the family is.
        patterns: Regular expressions over :func:`normalize`-d lines, English, French,
            German and Spanish; each must match the entire line.
        max_words: Lines longer than this are never matched.
        keyword: A string every pattern needs in the normalised line, except on lines
            of at most ``without_keyword`` words; a line without it is not matched
            against the patterns at all.
        without_keyword: See ``keyword``.

    A count in parentheses after the words (a button's "(42)") is ignored.
    """

    name: str
    description: str
    patterns: tuple[str, ...]
    max_words: int = 20
    keyword: str | None = None
    without_keyword: int = 0

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The patterns as one anchored expression."""
        return re.compile("|".join(f"(?:{p})" for p in self.patterns))

    def __call__(self, page: Page, index: int) -> bool:
        """Judge one paragraph."""
        count = page.word_count(index)
        if count > self.max_words:
            return False
        line = page.normalized(index)
        if self.keyword and count > self.without_keyword and self.keyword not in line:
            return False
        if self.regex.fullmatch(line) is not None:
            return True
        uncounted = page.uncounted(index)  # "Join the discussion (42)"
        return uncounted is not None and self.regex.fullmatch(uncounted) is not None


COMMENTS = PhraseRule(
    "comment_section",
    "Comment forms and comment-section headings (WordPress and other CMS strings).",
    (
        r"(?:leave|post|add|write) a (?:reply|comment|response)( cancel reply)?",
        r"(?:\d+ )?(?:comments?|responses?|replies)( \d+)?",
        r"your email address will not be published( required fields are marked)?",
        r"comments are closed|join the (?:discussion|conversation)|loading comments",
        r"you must be logged in to post a comment|post comment|show comments",
        r"save my name email and website in this browser for the next time i comment",
        r"(?:laisser|laissez) un (?:commentaire|réponse)|(?:\d+ )?commentaires?",
        r"votre adresse (?:e )?mail ne sera pas publiée.*|les commentaires sont fermés",
        r"schreibe einen kommentar|hinterlasse einen kommentar|(?:\d+ )?kommentare?",
        r"deine e mail adresse wird nicht veröffentlicht.*|kommentare sind geschlossen",
        r"ihre e mail adresse wird nicht veröffentlicht.*",
        r"(?:deja|dejar) (?:una respuesta|un comentario)|(?:\d+ )?comentarios?",
        r"tu dirección de correo electrónico no será publicada.*",
        r"los comentarios están cerrados",
        r"(?:réagir|réagissez) à (?:cet|l) article|commenter(?: cet article)?",
        r"kommentar (?:verfassen|schreiben)|diskutieren sie mit|jetzt kommentieren",
        r"(?:deja|escribe) (?:tu|su) comentario|únete a la conversación|comenta(?:r)?",
    ),
)
RELATED = PhraseRule(
    "related_heading",
    "Headings of related, recommended, most-read and 'more on' blocks.",
    (
        r"related(?: articles?| posts?| stories| news| content| coverage| reading| topics?)?",
        r"relacionad[oa]s?|temas relacionados|sujets? (?:liés|associés)|verwandte themen",
        r"(?:you (?:may|might) (?:also )?like|recommended(?: for you| stories)?)",
        r"(?:most (?:read|popular|viewed|shared)|trending(?: now)?|read next)",
        r"more (?:on|from|about) (?:this (?:story|topic)|\w+(?: \w+){0,3})",
        r"(?:don t miss|must read|further reading|see also|also read|what to read next)",
        r"(?:à ne pas manquer|ne manquez pas|nicht verpassen|verpassen sie nicht"
        r"|no te (?:lo )?pierdas|no se (?:lo )?pierda|imperdible)",
        r"recommended (?:reading|reads|articles)|lectures? recommandées?|lesetipps?"
        r"|empfohlene (?:artikel|lektüre)|lecturas? recomendadas?",
        r"articles? similaires|à lire aussi|sur le même sujet|les plus lus|lire aussi",
        r"vous (?:aimerez|pourriez aimer) aussi|dans la même rubrique|plus d articles",
        r"ähnliche (?:beiträge|artikel)|verwandte (?:beiträge|artikel)|meistgelesen",
        r"das könnte (?:sie|dich) auch interessieren|mehr zum thema|weitere artikel",
        r"(?:artículos?|entradas?|noticias?|notas?) relacionad[oa]s?|te puede interesar"
        r"|lo más leído",
        r"más (?:sobre|noticias)(?: \w+){0,3}|también te puede interesar",
        r"(?:nos )?dernières (?:actualités|infos)|les plus (?:consultés|partagés)",
        r"sur le même (?:thème|sujet)|à lire (?:également|ensuite)",
        r"meistgelesene (?:artikel|nachrichten)|empfehlungen der redaktion",
        r"weitere (?:nachrichten|meldungen|beiträge)|lo más (?:visto|compartido)",
        r"te recomendamos|(?:últimas|otras) noticias",
        r"contenus? liés?|contenus? similaires|verwandte inhalte|ähnliche inhalte"
        r"|contenidos? relacionados?|ähnliche beiträge|entradas relacionadas",
    ),
    max_words=8,
)
_NETWORK_ROW = (
    r"(?:facebook|twitter|x|whatsapp|linkedin|pinterest|telegram|reddit|email|e mail|mail"
    r"|instagram|messenger|threads|bluesky|mastodon|tiktok|flipboard|xing|sms|copy link"
    r"|copier le lien|link kopieren|copiar enlace)"
)
"""The buttons of a share row: networks, messengers, e-mail, copying the link."""
SHARE = PhraseRule(
    "share_prompt",
    "Share and follow prompts and rows of social network names.",
    (
        r"(?:share|tweet|email|print)(?: this| this article| this story| on \w+)?",
        r"(?:like|share) this|click to share on \w+(?: opens in new window)?",
        r"follow us(?: on \w+(?: and \w+)?)?",
        rf"(?:{_NETWORK_ROW}(?: |$)){{2,}}",
        r"(?:share|partager|teilen|compartir|follow us|suivez nous|folgen sie uns|síguenos)"
        r"(?: this(?: article| story| post)?| cet article| diesen artikel| este artículo)?"
        rf"(?: (?:on|via|sur|auf|en))? (?:{_NETWORK_ROW}(?: |$)){{2,}}",
        r"partager(?: cet article| sur \w+)?|suivez nous(?: sur \w+)?",
        r"teilen|diesen artikel teilen|folgen sie uns(?: auf \w+)?|folge uns(?: auf \w+)?",
        r"auf \w+ teilen|per e mail (?:teilen|versenden)",
        r"compartir(?: este artículo| en \w+)?|síguenos(?: en \w+)?",
        r"(?:link|lien|enlace) (?:copied|copié|copiado)|link kopiert",
    ),
    max_words=12,
)
NEWSLETTER = PhraseRule(
    "newsletter_prompt",
    "Newsletter, sign-up, subscription and paywall prompts.",
    (
        r"(?:sign up|subscribe|register)(?: now| today| for free| here)?",
        r"(?:sign up|subscribe) (?:to|for) (?:our|the|my) .*"
        r"(?:newsletter|updates|alerts|digest|briefing|mailing list)s?\b.*",
        r"(?:get|receive) (?:the|our) .*(?:newsletter|inbox|delivered).*",
        r".*\bnewsletter\b.*(?:sign up|subscribe|inbox).*|already a subscriber.*",
        r"this (?:article|content|story) is (?:for|only available to) subscribers.*",
        r"click here to (?:subscribe|sign up|read more|download).*",
        r"(?:inscrivez vous|abonnez vous).*|cet article est réservé aux abonnés.*",
        r"(?:newsletter abonnieren|jetzt abonnieren|melden sie sich .*newsletter.* an).*",
        r"dieser artikel ist .*abonnenten.*",
        r"(?:suscríbete|regístrate|suscribirse).*|este artículo es exclusivo para suscriptores.*",
        r"subscribe\b.*|get (?:unlimited|full|digital) access.*",
        r"cet article vous est offert.*|(?:pour )?lire la suite.*",
        r"recevez .*(?:actualité|newsletter).*",
        r"(?:jetzt )?(?:den |unseren )?newsletter abonnieren.*|jetzt weiterlesen.*",
        r".*(?:nachrichten|news) .*(?:postfach|inbox)",
        r"hazte (?:suscriptor|socio).*|recibe .*(?:noticias|boletín|newsletter).*",
    ),
)
BACK_TO_TOP = PhraseRule(
    "back_to_top",
    "'Back to top' links and buttons, and links back to the home page.",
    (
        r"(?:back|go|scroll|return) to (?:the )?top(?: button| of (?:the )?page)?|top",
        r"(?:(?:back|return|go) to (?:the )?)?home ?page"
        r"|(?:back|return|go) to (?:the )?(?:home|front page)",
        r"(?:(?:retour|revenir|aller) à )?(?:l accueil|la page d accueil)"
        r"|(?:retour|revenir|aller) à la une",
        r"(?:zurück )?zur (?:startseite|homepage|titelseite)",
        r"(?:(?:volver|ir|regresar) a )?la página de inicio"
        r"|(?:volver|ir|regresar) a la (?:portada|página principal)",
        r"retour en haut(?: de (?:la )?page)?|haut de page",
        r"(?:zurück )?nach oben|zum seitenanfang",
        r"volver (?:arriba|al inicio)|ir arriba",
        r"remonter(?: en haut)?(?: de (?:la )?page)?|(?:revenir|aller) (?:en haut|au début)"
        r"(?: de (?:la )?page)?",
        r"(?:zurück )?zum (?:anfang|seitenanfang|seitenbeginn)|nach oben (?:scrollen|springen)",
        r"subir|arriba|(?:volver|regresar|ir) al (?:principio|inicio)(?: de (?:la )?página)?",
        r"(?:back|return) to (?:all )?(?:news|articles|stories|overview|the list|index|blog)"
        r"|retour (?:aux|à la|à l) (?:actualités|articles|liste|rubrique|accueil)"
        r"|zurück zu[mr]? (?:übersicht|artikelübersicht|nachrichten|liste|startseite|rubrik)"
        r"|(?:volver|regresar) a (?:las |la )?(?:noticias|portada|listado|lista|sección)",
    ),
    max_words=6,
)
COOKIES = PhraseRule(
    "cookie_notice",
    "Cookie and consent notices.",
    (
        r"(?:this (?:web)?site|we) uses? cookies.*|accept(?: all)?(?: cookies)?",
        r"(?:by (?:using|continuing).*)?you (?:agree|consent) to (?:our|the) use of cookies.*",
        r"(?:ce site|nous) utilis(?:e|ons) des cookies.*|accepter(?: les cookies)?",
        r"(?:diese (?:website|webseite|seite)|wir) verwende[tn] cookies.*|alle akzeptieren",
        r"(?:este sitio(?: web)?|utilizamos) (?:utiliza )?cookies.*|aceptar(?: cookies)?",
        r"usamos cookies.*|wir nutzen cookies.*|nous utilisons (?:des )?cookies.*",
        r"(?:\w+ ){0,3}cookies?(?: \w+){0,3}",
        r".*\bcookies?\b.*\b(?:privacy|policy|consent|settings|preferences|partners|accept|agree"
        r"|datenschutz\w*|einstellungen|zustimm\w*|akzeptier\w*|partner|confidentialité"
        r"|consentement|paramètres|partenaires|accept\w*|privacidad|consentimiento"
        r"|configuración|terceros|política|acept\w*)\b.*",
        r".*\b(?:partners|partenaires|partner|socios|terceros|param\w*|manage|gérer|verwalten"
        r"|gestionar|configurar|privacy|datenschutz\w*|accept|acceptez|accepter|accepte"
        r"|acepta|aceptar|acepte|akzeptieren|akzeptiere|zustimmen|consent|consentez)\b.*"
        r"\bcookies?\b.*",
    ),
    max_words=40,
    keyword="cookie",
    without_keyword=2,  # "Accept all", "Alle akzeptieren"
)
ADVERTISEMENT = PhraseRule(
    "advertisement",
    "Advertisement markers.",
    (
        r"(?:advertisement|advertising|advert|ad|sponsored(?: content)?|paid content)",
        r"(?:story|article) continues (?:below|after) (?:this )?(?:advertisement|ad)",
        r"publicité|la suite après (?:cette )?(?:la )?publicité",
        r"anzeige|werbung|weiterlesen nach der anzeige|lesen sie nach der anzeige weiter",
        r"story continues below|la noticia continúa (?:abajo|debajo)",
        r"publicidad|anuncios?|continúa después de la publicidad|annonces?|pub|publi",
        r"werbe\w*|\w*anzeigen?|advertisements|advertorial|publireportage|reklame",
        r"(?:sponsored|sponsorisé|gesponsert|patrocinado)(?: \w+)?",
        r"(?:contenu|contenido|inhalt|article|artículo|artikel|post) (?:sponsorisé|gesponsert"
        r"|patrocinado|sponsorisé)|(?:paid|partner) (?:content|post)",
        r"promoted(?: stories| content| links)?|contenus sponsorisés|gesponserte inhalte"
        r"|contenidos patrocinados|anuncios patrocinados|liens sponsorisés",
        r"contenus? partenaires?|partnerinhalte?|contenido de (?:un )?socio"
        r"|advertiser content(?: from \w+(?: \w+){0,3})?",
        r"(?:ad|advertisement) feedback|report this ad|why this ad|signaler cette publicité"
        r"|anzeige melden|denunciar (?:este )?anuncio",
    ),
    max_words=8,
)
ARTICLE_TOOLS = PhraseRule(
    "article_tools",
    "Print, listen, report-an-error buttons and reading-time labels around the story.",
    (
        r"print(?: this)?(?: article| story| page)?|imprimer(?: l article| cet article)?",
        r"(?:artikel )?drucken|imprimir(?: noticia| artículo)?",
        r"report an? (?:typo|error|correction)|signaler une erreur|fehler melden",
        r"(?:reportar|informar de) un error",
        r"listen to (?:this )?(?:article|story)|écouter (?:l|cet) article",
        r"artikel (?:anhören|vorlesen)|escuchar (?:la )?noticia",
        r"\d+ min(?:ute)?s? read|(?:reading time|temps de lecture|lecture|lesezeit|lesedauer"
        r"|tiempo de lectura|lectura|read|read time|lesen) (?:ca )?\d+ min(?:ute[sn]?|utos)?",
        r"(?:ca )?\d+ min(?:ute[sn]?|utos)?(?: (?:de )?(?:read|reading|reading time|lecture"
        r"|lesezeit|lesedauer|lectura|lesen))",
        r"(?:report|flag|signaler|melden|denunciar|reportar)(?: this| ce| un| une| este| un)?"
        r" (?:comment|content|abuse|post|commentaire|contenu|abus|inhalt|kommentar|beitrag"
        r"|comentario|contenido|abuso)|(?:inhalt|kommentar|beitrag|missbrauch) melden",
    ),
    max_words=8,
)
PHRASE_RULES = (
    COMMENTS,
    RELATED,
    SHARE,
    NEWSLETTER,
    BACK_TO_TOP,
    COOKIES,
    ADVERTISEMENT,
    ARTICLE_TOOLS,
)
RECOMMENDATION_HEADING = "recommendation_heading"
"""Name of the rule for headings of other stories (:func:`is_recommendation_heading`)."""
RELATED_HEADINGS = frozenset({RELATED.name, RECOMMENDATION_HEADING})
"""Rules whose headings stand over a block of other stories' headlines."""
SECTION_ENDERS = RELATED_HEADINGS | {COMMENTS.name}
"""Rules whose headings start a block of chrome that runs to the end of the page."""

TEASER_PREFIX = re.compile(
    r"(?:read more|read also|related|watch|listen|see also|more|also read|video|photos"
    r"|lire aussi|à lire aussi|à lire également|lire également|voir aussi|regarder"
    r"|lesen sie auch|mehr dazu|mehr zum thema|auch interessant"
    r"|lee también|lea también|ver también|mira|te puede interesar|te recomendamos)"
    r"\s*[:|–—]\s*\S",
    re.IGNORECASE,
)


TEASER_WORDS = folded_words(
    "read more also related see watch listen video videos photos next previous"
    " lire lisez aussi voir regarder écouter vidéo plus liés précédent suivant"
    " lesen mehr auch dazu siehe sehen hören ansehen verwandt weiter nächster vorheriger"
    " leer lee lea más también ver mira escuchar relacionado relacionada anterior siguiente"
)
"""Words of the "read also" family that make up a teaser's prefix."""
TEASER_FILLERS = folded_words(
    "the full whole entire story thing this our sie zum thema à la le l sur même du de el lo"
    " article articles post artikel beitrag noticia noticias artículo nota"
)
_TEASER_MARK = re.compile(r"[:|–—»›]|\s-")
_TEASER_MARK_CHARS = frozenset(":|–—»›-")
"""A line with none of these has no teaser mark: a cheap test before the expression."""
_TEASER_SPLIT = re.compile(rf"\s*(?:{_TEASER_MARK.pattern})\s*")
MAX_TEASER_PREFIX_WORDS = 4


def is_teaser(page: Page, index: int) -> bool:
    """A link to another story set in the text: "Read more: …", "Watch | …", "Lesen Sie
    dazu: …", "À voir aussi : …", "LEER MÁS: …".

    The prefix must be followed by a colon, bar or dash, and the line must be short,
    so "Watch the skies, officials said…" stays. Besides the known prefixes, a prefix of
    a few words all of the "read also" family (read, see, watch, more, also, related,
    next, in the four languages, with the little words around them and the item's noun,
    "article", "Beitrag", "noticia": "Noticia relacionada: …") counts, and so does the
    heading of a related block (:data:`RELATED`: "Sur le même sujet", "Nicht verpassen",
    "Must read") before a headline that does not end like a sentence and has no other
    "Label: …" line beside it (a travel story's list of "Don't miss: …" tips stays).
    """
    line = page.paragraphs[index]
    if page.word_count(index) > MAX_TEASER_WORDS or _TEASER_MARK_CHARS.isdisjoint(line):
        return False  # no colon, bar or dash: no prefix to read
    if _TEASER_MARK.search(line) is None:
        return False
    if TEASER_PREFIX.match(line) is not None:
        return True
    parts = _TEASER_SPLIT.split(line, maxsplit=1)
    if len(parts) < 2 or not parts[1]:
        return False
    prefix = normalize(parts[0]).split()
    if len(prefix) > MAX_TEASER_PREFIX_WORDS:
        return False
    if made_of(prefix, TEASER_WORDS, TEASER_FILLERS):
        return True
    return (
        RELATED.regex.fullmatch(" ".join(prefix)) is not None
        and not parts[1].rstrip().endswith(STOPS)
        and not _in_label_run(page, index)
    )


def _in_label_run(page: Page, index: int) -> bool:
    """Tell whether a "Label: text" line has one beside it: a story's list ("Don't miss:
    the cathedral", "Skip: the museum") or an interview's questions, not a teaser."""
    return any(
        0 <= i < len(page.paragraphs)
        and (match := LABEL_COLON.fullmatch(page.paragraphs[i].strip())) is not None
        and len(match["label"].split()) <= MAX_TEASER_LABEL_WORDS
        for i in (index - 1, index + 1)
    )


BYLINE_PREFIX = re.compile(
    r"(?:[^\W\d_]+\s+){0,2}?(?:by|par|von|por)\s+(?=\S)",
    re.IGNORECASE,
)
""""By", "Par", "Von", "Por", after at most two words ("Written by", "Ein Artikel von")."""
MAX_BYLINE_TAIL_WORDS = 3
BYLINE_PARTS = re.compile(r"\s*(?:[|,;&·•/]|\s[–—-]\s|\b(?:and|et|und|y|e|with|avec|mit|con)\b)\s*")
MAX_BYLINE_WORDS = 16
MAX_NAME_WORDS = 5
NAME_PARTICLES = frozenset(
    "de del della der den di da das dos du van von le la les los las"
    " bin ibn al el zu ter ten".split()
)
BYLINE_ROLES = frozenset(
    "staff writer writers reporter reporters correspondent correspondents editor editors"
    " contributor contributing senior special chief political business sports the for in at of"
    " rédaction journaliste envoyé envoyée spéciale spécial correspondant correspondante"
    " redaktion korrespondent korrespondentin redacción corresponsal enviado enviada especial"
    " agencies agences agenturen agencias".split()
)
AFFILIATION_WORDS = frozenset(
    "press news staff writer reporter correspondent editor agency service wire newsroom desk"
    " times post journal herald tribune rédaction redaktion redacción agence agencia".split()
)
MONTHS = frozenset(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec"
    " janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
    " janv févr avr juil déc"
    " januar februar märz juni juli oktober dezember jän mär okt dez"
    " enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre"
    " diciembre ene abr ago dic".split()
)
WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat"
    " sun lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag"
    " freitag samstag sonntag lunes martes miércoles jueves viernes sábado domingo".split()
)
DATELINE_KEYWORDS = frozenset(
    "published updated posted modified publié publiée mis jour modifié modifiée veröffentlicht"
    " aktualisiert publicado publicada actualizado actualizada ago vor hace il"
    " created edited erstellt geändert stand créé créée édité creado creada editado"
    " modificado modificada gepostet postado update actualización aktualisierung publication"
    " publicación veröffentlichung última ultima letzte filed".split()
)
DATELINE_FILLERS = frozenset(
    "last on at le la à am um uhr el de del a las los y et and h hrs hr min mins minute minutes"
    " hour hours day days heure heures minuten stunde stunden tag tagen horas hora minutos días"
    " p m a.m p.m pm am et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest ist"
    " aest jst mez mesz today yesterday aujourd hui hier heute gestern hoy ayer"
    " zuletzt dernière en ligne article artikel artículo noticia originally first initially"
    " initialement première premièrement ursprünglich erstmals zuerst originalmente"
    " primera primero inicialmente online".split()
)
MAX_DATELINE_WORDS = 20
_DATELINE_AUTHOR = re.compile(
    r"(?<=\d)\s+(?:by|par|von|por)\s+\S+(?:\s+\S+)?\s*$"
    r"|(?<=\w)\s+(?:by|par|von|por)\s+[A-ZÀ-Ý]\S*(?:\s+[A-ZÀ-Ý]\S*){0,2}(?=\s)"
)
"""A poster's name after a date: "Posted on March 3, 2025 by admin"."""
_TRAILING_PARENTHESIS = re.compile(r"\s*\([^()]{1,40}\)\s*$")
_WORD_OR_NUMBER = re.compile(r"[^\W\d_]+|\d+")


def is_byline(page: Page, index: int) -> bool:
    """A byline at the top of the story: "By Jane Doe and John Roe", "Par …", "Von …", "Por …".

    The line must come before the story's first prose paragraph, and what follows the
    prefix must read as names (capitalised words, name particles such as "de" or
    "van"), optionally followed by an affiliation, a role or a dateline. So "By the
    time the polls closed…" and "By Tuesday, the river had crested" stay.
    """
    line = page.paragraphs[index]
    match = BYLINE_PREFIX.match(line)
    if not page.in_header(index) or match is None or page.word_count(index) > MAX_BYLINE_WORDS:
        return False
    names_part = _TRAILING_PARENTHESIS.sub("", line[match.end() :])  # "(avec Reuters)"
    first, *rest = BYLINE_PARTS.split(names_part.rstrip(" .:"))
    names = _leading_names(first)
    if not _is_name_like(names) or _is_date_word(names[0]):
        return False
    return all(_byline_tail_part(part) for part in rest)


def _byline_tail_part(part: str) -> bool:
    """What may follow a byline's first name: more names, a role, an outlet, a date."""
    tokens = words(part)
    return (
        not tokens
        or (len(tokens) <= MAX_BYLINE_TAIL_WORDS and not ends_sentence(part))
        or _is_name_like(_leading_names(part))
        or is_dateline_text(part)
        or all(t.strip(".,:").isdigit() for t in tokens)
        or all(t.casefold().strip(".") in BYLINE_ROLES or t[0].isupper() for t in tokens)
    )


def _leading_names(part: str) -> list[str]:
    """The words of a byline part up to the first date, time or dateline keyword, or the
    little word that leads to a date ("Jane Doe on 3 March", "Ana Ruiz el 4 de marzo").

    >>> _leading_names("Jane Doe on 3 March 2025 at 9:10 am")
    ['Jane', 'Doe']
    """
    names: list[str] = []
    tokens = words(part)
    for i, token in enumerate(tokens):
        folded = token.casefold().strip(".,:")
        if _is_date_word(token) or folded in DATELINE_KEYWORDS or any(c.isdigit() for c in token):
            break
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if token in DATE_LINKS and (following[:1].isdigit() or _is_date_word(following)):
            break
        names.append(token)
    return names


DATE_LINKS = frozenset("on am um at à le el".split())
"""Little words between a byline's name and its date."""


def _is_name_like(tokens: list[str]) -> bool:
    """A person's or outlet's name: a few capitalised words and name particles, or a
    news agency that writes its name in lower case ("dpa")."""
    if len(tokens) == 1 and tokens[0].casefold().strip(".,") in LOWERCASE_AGENCIES:
        return True
    return (
        0 < len(tokens) <= MAX_NAME_WORDS
        and tokens[0][0].isupper()
        and all(t[0].isupper() or t.casefold() in NAME_PARTICLES for t in tokens)
    )


LOWERCASE_AGENCIES = frozenset({"dpa", "epd", "kna", "sid", "afp", "ap", "efe", "apa", "sda"})
"""News agencies whose bylines may be lower case ("Von dpa")."""


def _is_date_word(token: str) -> bool:
    folded = token.casefold().strip(".,:")
    return folded in MONTHS or folded in WEEKDAYS


def byline_names(line: str) -> tuple[str, ...]:
    """The people named in a byline, without "By", roles, outlets or dates.

    Agency names set beside people ("Reuters", "AFP") are dropped when a person is named.

    >>> byline_names("By Jane Doe and John Roe, Reuters | Updated March 3, 2025")
    ('Jane Doe', 'John Roe')
    >>> byline_names("Par Marie de La Tour")
    ('Marie de La Tour',)
    """
    match = BYLINE_PREFIX.match(line)
    rest = line[match.end() :] if match else line
    names = [
        " ".join(tokens).strip(" .,:")
        for part in BYLINE_PARTS.split(rest)
        if _is_name_like(tokens := _leading_names(part))
        and not any(t.casefold().strip(".") in AFFILIATION_WORDS for t in tokens)
        and not (len(tokens) == 1 and tokens[0].isupper())
    ]
    people = [n for n in names if len(n.split()) > 1]
    return tuple(dict.fromkeys(people or names))


def is_dateline_text(line: str) -> bool:
    """Tell whether a line says only when the story was published or updated.

    >>> is_dateline_text("Published 3:14 p.m. ET March 3, 2025")
    True
    >>> is_dateline_text("Mis à jour le 3 mars 2025 à 14h12")
    True
    >>> is_dateline_text("Rockledge 14 11 6 15 — 44")
    False
    """
    if len(words(line)) > MAX_DATELINE_WORDS:
        return False
    line = _DATELINE_AUTHOR.sub("", line)
    tokens = _WORD_OR_NUMBER.findall(line.casefold())
    numbers = [t for t in tokens if t.isdigit()]
    names = [_COMPOUND_HEAD.sub("", t) for t in tokens if not t.isdigit()]
    if not numbers or any(
        t not in MONTHS
        and t not in WEEKDAYS
        and t not in DATELINE_KEYWORDS
        and t not in DATELINE_FILLERS
        for t in names
    ):
        return False
    return len(numbers) >= 3 or any(t in MONTHS or t in DATELINE_KEYWORDS for t in names)


_COMPOUND_HEAD = re.compile(r"^\w+(?=veröffentlichung$|aktualisierung$)")
"""German builds the stamp's noun into a compound ("Online-Veröffentlichung",
"Printveröffentlichung"): its head is the keyword."""


def is_dateline(page: Page, index: int) -> bool:
    """A line at the top of the story that only dates it: "Updated 5:02 a.m. ET March 4, 2025"."""
    return page.in_header(index) and is_dateline_text(page.paragraphs[index])


MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            "january jan janvier janv januar jän jänner enero ene",
            "february feb février févr fevrier februar febrero",
            "march mar mars märz mär marzo",
            "april apr avril avr abril abr",
            "may mai mayo",
            "june jun juin juni junio",
            "july jul juillet juil juli julio",
            "august aug août aout agosto ago",
            "september sep sept septembre setiembre septiembre",
            "october oct octobre oktober okt octubre",
            "november nov novembre noviembre",
            "december dec décembre déc dezember dez diciembre dic",
        ),
        start=1,
    )
    for name in names.split()
}
"""Month names and their abbreviations in English, French, German and Spanish."""
_PLACE_WORD = r"[^\W\d_][\w'’./-]*"
_CAPITALISED_WORD = r"[^\W\d_a-zß-ÿ][\w'’.-]*"
_STORY_DATELINE = re.compile(
    rf"""^(?P<place>{_PLACE_WORD}(?:\ {_PLACE_WORD}){{0,3}})
    (?:,\ (?P<region>{_CAPITALISED_WORD}(?:\ {_CAPITALISED_WORD}){{0,2}}))??
    (?:,?\ (?P<date>
        (?P<month_first>{_PLACE_WORD})\.?\ (?P<day_after>\d{{1,2}})
      | (?:le\ )?(?P<day_first>\d{{1,2}})\.?\ (?:de\ )?(?P<month_after>{_PLACE_WORD})
    )(?:,?\ (?P<year>\d{{4}}))?)?
    \s*(?:\((?P<agency>[^()]{{1,40}})\))?
    \s*(?P<dash>\.?\s?(?:[—–]|--?)|\.-)(?:\s|(?<=[—–]))""",
    re.VERBOSE,
)
MAX_DATELINE_PLACE_CHARS = 40


class Dateline(NamedTuple):
    """Where and when a story was filed, as its first words say: "KYIV, Oct 17 (AP) —".

    Attributes:
        text: The dateline as written, without the dash that ends it.
        place: The place in it ("KYIV", "HANOI, Vietnam").
        agency: The agency in parentheses, if any ("AP").
        month: The month, 1 to 12, when the dateline gives a date.
        day: The day of the month, when it gives a date.
        year: The year, when it says one (rare: datelines say the day only).
    """

    text: str
    place: str
    agency: str | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None


def story_dateline(paragraph: str) -> Dateline | None:
    """The dateline that opens a story's first paragraph, if it has one.

    The place is written in capitals ("WASHINGTON", "ST. JOSEPH, Mich.") or, when the
    line goes on with a date or an agency, capitalised ("Madrid, 3 mar (EFE).-"); a
    dash ends the dateline. The text is not changed: a dateline is part of the story.

    >>> story_dateline("WASHINGTON, March 3 (Reuters) — The Senate voted on Monday.")
    Dateline(text='WASHINGTON, March 3 (Reuters)', place='WASHINGTON', agency='Reuters', \
month=3, day=3, year=None)
    >>> story_dateline("BERLIN, 3. März (dpa) - Die Regierung hat beschlossen.").month
    3
    >>> story_dateline("Obama — the former president — spoke first.") is None
    True
    """
    match = _STORY_DATELINE.match(paragraph)
    if match is None:
        return None
    place, region = match["place"], match["region"]
    month_name = match["month_first"] or match["month_after"]
    month = MONTH_NUMBERS.get(month_name.casefold().rstrip(".")) if month_name else None
    if month_name and month is None:
        return None  # "PARIS, Texas 4 …": not a date after all
    capitals = place.upper() == place and any(c.isalpha() for c in place)
    if not capitals and not (month or match["agency"]):
        return None  # a capitalised name before a dash is a sentence: "Obama — …"
    full_place = f"{place}, {region}" if region else place
    if len(full_place) > MAX_DATELINE_PLACE_CHARS:
        return None
    day = match["day_after"] or match["day_first"]
    year = match["year"]
    return Dateline(
        text=paragraph[: match.start("dash")].strip(),
        place=full_place,
        agency=match["agency"],
        month=month,
        day=int(day) if month and day else None,
        year=int(year) if month and year else None,
    )


TAG_LINE = re.compile(
    r"(?:(?:tags|tagged|topics|keywords|mots[- ]clés|étiquettes|thèmes|schlagw(?:ö|o)rte?r?"
    r"|themen|etiquetas|temas|palabras clave|categor(?:y|ies)|catégories?|kategorien?"
    r"|categorías?|thématiques?|rubriques?|rubriken?|secci(?:ón|ones)|sections?|sujets?"
    r"|subjects?|ressorts?)\s*:"
    r"|(?:(?:posted|filed) (?:in|under)|classé dans|publié dans|abgelegt unter|archivado en"
    r"|tagged with|filed in|abgelegt in|verschlagwortet mit|etiquetado con|étiqueté avec"
    r"|archivé dans|archiviert unter)\s*:?)"
    r"\s+\S",
    re.IGNORECASE,
)
MAX_TAG_LINE_WORDS = 15


def is_tag_line(page: Page, index: int) -> bool:
    """A line of tags or filing categories: "Tags: budget, council", "Posted in Local News".

    A colon must follow a tag word, and the line must not read as a sentence.
    """
    line = page.paragraphs[index]
    return (
        page.word_count(index) <= MAX_TAG_LINE_WORDS
        and not ends_sentence(line)
        and TAG_LINE.match(line) is not None
    )


def is_repeated_title(page: Page, index: int) -> bool:
    """The headline printed again above the story."""
    if not page.title or not page.in_header(index):
        return False
    line = page.normalized(index)
    return bool(line) and line in _title_variants(page.title)


_TITLE_SUFFIX = re.compile(r"\s[|–—-]\s")


@functools.lru_cache(maxsize=64)
def _title_variants(title: str) -> frozenset[str]:
    """The title, and the title without a " - Site name" or " | Site" suffix."""
    head = _TITLE_SUFFIX.split(title)[0]
    return frozenset({normalize(title), normalize(head)})


def is_top_label(page: Page, index: int) -> bool:
    """A category label above the headline: a few capitalised words, no sentence."""
    line = page.paragraphs[index]
    tokens = words(line)
    return (
        page.above_title(index)
        and 0 < len(tokens) <= MAX_LABEL_WORDS
        and "," not in line
        and not ends_sentence(line)
        and _all_capitalised(tokens)
    )


def is_top_navigation(page: Page, index: int) -> bool:
    """A breadcrumb or menu: short items joined by separators, or a run of capitalised
    menu words too long for a category label, above the headline.

    A breadcrumb of capitalised items may also sit under the headline, before the
    story's first paragraph.
    """
    line = page.paragraphs[index]
    tokens = words(line)
    if not page.in_header(index) or ends_sentence(line) or len(tokens) > MAX_NAVIGATION_WORDS:
        return False
    items = NAV_SEPARATORS.split(line)
    if len(items) > 1:
        return all(0 < len(words(item)) <= MAX_NAV_ITEM_WORDS for item in items) and (
            page.above_title(index) or all(_all_capitalised(words(item)) for item in items)
        )
    return page.above_title(index) and len(tokens) > MAX_LABEL_WORDS and _all_capitalised(tokens)


def _all_capitalised(tokens: list[str]) -> bool:
    """Every word starts with a capital (numbers and symbols aside), and one word does."""
    return any(t[0].isupper() for t in tokens) and all(
        t[0].isupper() or not t[0].isalpha() for t in tokens
    )


SOCIAL_NETWORKS = (
    r"twitter|facebook|instagram|youtube|linkedin|tiktok|threads|mastodon|bluesky|whatsapp"
    r"|telegram|snapchat|pinterest|x\.com"
)
CONTACT_SENTENCE = re.compile(
    rf"""(?:follow|find|reach|contact|email|e-mail|write\ to|tweet
        |suivez|suivre|retrouvez|contactez|écrivez\ à
        |folgen\ sie|folge|folgt|kontaktieren\ sie|schreiben\ sie
        |síguenos|sígue(?:me|lo|la|nos)?|sigue|contacta|escribe\ a)\b
        (?:\W+\w+){{0,8}}?\W+
        (?:(?:on|at|via|sur|auf|bei|en|a)\W+)?(?:{SOCIAL_NETWORKS}|@\w|\S+@\S+\.\w|https?://)
      | .{{0,80}}?\b(?:may|can)\ be\ (?:reached|contacted|emailed)\ (?:at|on|via)\b""",
    re.IGNORECASE | re.VERBOSE,
)
MAX_CONTACT_WORDS = 60
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=\S)")


def is_contact_line(page: Page, index: int) -> bool:
    """A "follow us" or "write to the reporter" line: "Email Jane Doe at jd@example.org or
    follow her @janedoe. Follow us on Twitter and Facebook."

    Every sentence must open with a contact verb (follow, email, reach; suivez, folgen
    Sie, síguenos …) that leads, within a few words, to a social network, a handle, an
    address or a link, or say someone "may be reached at"; a short question ("Have a
    tip?") may sit among them. So a story's "Follow the money, he said, and you find the
    accounts they ran on Twitter" stays: its network comes too late. Only under the
    story (no story prose after it): above it, a site's "Got a tip? Email …" line is left
    to site learning.
    """
    line = page.paragraphs[index]
    if index < page.last_prose or page.word_count(index) > MAX_CONTACT_WORDS:
        return False
    sentences = _SENTENCES.split(line.strip())
    contacts = [CONTACT_SENTENCE.match(sentence) is not None for sentence in sentences]
    short_questions = [
        sentence.endswith("?") and len(words(sentence)) <= 4 for sentence in sentences
    ]
    return any(contacts) and all(c or q for c, q in zip(contacts, short_questions, strict=True))


END_CREDIT = re.compile(
    r"""\(?(?:
        (?:additional\ |further\ )?(?:reporting|writing|editing|research|compiled|edited
            |written|produced|translated)(?:\ and\ \w+)?\ by
        |(?:reportage|rédaction|édition|traduction)\ (?:de|par)|(?:édité|rédigé|traduit)\ par
        |translated\ from\ (?:the\ )?\w+\ by|traduit\ de\ l['’]\w+\ par
        |übersetzt\ (?:aus\ dem\ \w+\ )?von|traducido\ (?:del\ \w+\ )?por|traducción\ de
        |mitarbeit|redaktion|bearbeitung|übersetzung|recherche
        |(?:con\ )?(?:información|reportaje\ adicional|edición|redacción)\ (?:de|por)
    )\s*:?\s+""",
    re.IGNORECASE | re.VERBOSE,
)
CONTRIBUTED = re.compile(
    r""".*\b(?:contributed(?:\ reporting)?\ to\ this\ (?:report|story|article)
        |(?:a|ont)\ contribué\ à\ (?:cet\ article|ce\ reportage)
        |(?:hat|haben)\ zu\ diesem\ (?:bericht|artikel)\ beigetragen
        |(?:contribuyó|contribuyeron|colaboró|colaboraron)\ (?:a|en)\ (?:este|esta)
            \ (?:informe|información|reportaje|nota))\W*""",
    re.IGNORECASE | re.VERBOSE,
)
MAX_CREDIT_LINE_WORDS = 50


def is_end_credit(page: Page, index: int) -> bool:
    """The staff credit under a story: "Reporting by Jane Doe; Editing by John Roe",
    "(Reporting by …, editing by …)", "AP writers Ann Lee and Bo Chen contributed to
    this report." (and "Mitarbeit: …", "Con información de …", "Édité par …").

    One sentence, under the story (no story prose after it), a role word and "by"
    followed by a capitalised name; so "Reporting by the Guardian revealed…" stays, and
    so does "Written by Jane Doe" between two paragraphs. Like bylines, these credit
    people, not the story.
    """
    line = page.paragraphs[index].strip()
    if (
        index < page.last_prose
        or page.word_count(index) > MAX_CREDIT_LINE_WORDS
        or len(_SENTENCES.split(line)) > 1
    ):
        return False
    role = END_CREDIT.match(line)
    if role is not None:
        return line[role.end() :][:1].isupper()
    return CONTRIBUTED.fullmatch(line) is not None


READER_APPEAL = re.compile(
    r"""¿?(?:
        if\ you\ (?:enjoyed|liked|appreciated|value|valued|found)\ (?:this|our)
            \ (?:article|story|piece|post|journalism|reporting)
        |(?:like|liked|enjoy|enjoyed|love|loved)\ this\ (?:article|story|piece|post)\s*\?
        |(?:si\ )?(?:vous\ avez|tu\ as)\ aimé\ cet\ article
        |(?:hat|wenn)\ (?:ihnen|dir)\ (?:dieser|der)\ (?:artikel|beitrag)\ gefallen
        |(?:si\ )?te\ (?:ha\ )?gust(?:ó|ado)\ (?:este|el)\ (?:artículo|reportaje)
    )""",
    re.IGNORECASE | re.VERBOSE,
)
MAX_APPEAL_WORDS = 80


def is_reader_appeal(page: Page, index: int) -> bool:
    """An appeal to the reader about the article itself: "Like this story? Share it with a
    friend!", "If you enjoyed this article, … join our members", "Vous avez aimé cet
    article ?", "Hat Ihnen dieser Artikel gefallen?", "¿Te ha gustado este artículo?".

    The appeal must open the paragraph; a story never begins a paragraph that way.
    """
    return (
        page.word_count(index) <= MAX_APPEAL_WORDS
        and READER_APPEAL.match(page.paragraphs[index].strip()) is not None
    )


COPYRIGHT = re.compile(
    r"""(?:©|\(c\)\s*(?:19|20)\d\d|copyright\b.*\b(?:19|20)\d\d\b)
      |(?:.*\W)?(?:all\ rights\ reserved|tous\ droits\ réservés|alle\ rechte\ vorbehalten
        |todos\ los\ derechos\ reservados|for\ (?:your\ )?personal,?\ non-commercial\ use\ only)
        (?:\W*$|[.!]\s)""",
    re.IGNORECASE | re.VERBOSE,
)
MAX_COPYRIGHT_WORDS = 40
_COPYRIGHT_KEYS = (
    "©",
    "(c)",
    "copyright",
    "all rights reserved",
    "tous droits réservés",
    "alle rechte vorbehalten",
    "todos los derechos reservados",
    "non-commercial",
)
"""One of these is in every line :data:`COPYRIGHT` matches (a cheap test first)."""
BARE_URL = re.compile(r"(?:https?://|www\.)\S+")


def is_copyright_notice(page: Page, index: int) -> bool:
    """A copyright or reprint notice: "© 2019 Example Media", "copyright Example 2019",
    "All rights reserved.", "This copy is for your personal, non-commercial use only. …",
    "Tous droits réservés", "Alle Rechte vorbehalten", "Todos los derechos reservados".

    "Copyright" must come with a year, and "all rights reserved" must end its sentence;
    only a short paragraph, after the story's first prose paragraph (or on a page with
    none). So "Copyright lawyers said…" and "All rights reserved is printed on…" stay.
    """
    after_story_began = not page.in_header(index) or page.first_prose == len(page.paragraphs)
    if page.word_count(index) > MAX_COPYRIGHT_WORDS or not after_story_began:
        return False
    line = page.paragraphs[index].strip()
    folded = line.casefold()
    return any(key in folded for key in _COPYRIGHT_KEYS) and COPYRIGHT.match(line) is not None


def is_bare_url(page: Page, index: int) -> bool:
    """A line that is only a web address: the page's own URL printed for the reader."""
    return BARE_URL.fullmatch(page.paragraphs[index].strip()) is not None


def is_trailing_dateline(page: Page, index: int) -> bool:
    """A line under the story that only dates it: "Updated at 1:23 p.m."."""
    return index > page.last_prose and is_dateline_text(page.paragraphs[index])


AD_WORDS = folded_words(
    "advertisement advertising advert ad ads sponsored anzeige werbung publicité pub"
    " publicidad anuncio"
)
AD_MARKER = re.compile(r"\W*([^\W\d_]+)\W*\s[-–—|:·•]\s*(.*)")
MAX_AD_TAIL_WORDS = 6


def is_ad_marker(page: Page, index: int) -> bool:
    """An advertisement marker with a note after it: "Advertisement - scroll to continue",
    "Werbung | Weiterlesen unten".

    One advertising word, a separator, and a few words that do not end a sentence.
    """
    match = AD_MARKER.fullmatch(page.paragraphs[index].strip())
    if match is None or match.group(1).casefold() not in AD_WORDS:
        return False
    tail = match.group(2)
    return len(words(tail)) <= MAX_AD_TAIL_WORDS and not (tail and ends_sentence(tail))


CTA_LEAD = r"(?:(?:now|today|please|jetzt|hier|maintenant|ahora|ya|click here to|tap here to"
CTA_LEAD += r"|cliquez ici pour|haz clic aquí para|klicken sie hier um) )*"
CTA_VERBS = folded_words(
    # English imperatives
    "subscribe register download click tap tweet sign log share email send add show view see"
    " join become get follow read continue keep listen watch try start discover explore load"
    " support unlock upgrade activate save bookmark copy print leave write post create"
    # French imperatives and infinitives
    " abonnez inscrivez téléchargez télécharger cliquez connectez identifiez partager partagez"
    " envoyer envoyez ajouter ajoutez afficher voir rejoignez rejoindre devenez devenir suivez"
    " suivre lire lisez continuez écouter écoutez regarder regardez découvrir découvrez essayez"
    " recevez recevoir soutenez profitez activez copier imprimer laisser laissez écrire créez"
    # German formal imperatives ("Folgen Sie …")
    " abonnieren registrieren laden teilen senden folgen lesen hören sehen entdecken holen"
    " sichern testen unterstützen schreiben melden"
    # Spanish imperatives and infinitives
    " suscríbete regístrate apúntate descarga descargar haz compartir comparte enviar envía"
    " añadir añade ver mostrar únete unirse hazte sigue seguir síguenos leer lee escuchar"
    " escucha descubre descubrir prueba recibe recibir apoya activa copiar imprimir deja"
    " dejar escribe escribir consigue crea"
    # verbs of the page's own controls: scrolling, clicking, saving, reporting, contacting
    " scroll turn contact report charger cargar faites défiler poursuivre continuer"
    " enregistrer signaler signalez contacter contactez activer scrollen klicken tippen"
    " pulsa pulse pincha kontaktieren einloggen entra entrar accede acceder"
    " desplázate desplaza seguir continúa continuar guardar notificar notifica contactar"
    " contacta reportar"
)
"""Verbs that open a button or a prompt (in German they close it: "Newsletter bestellen")."""
CTA_VERBS_LAST = folded_words(
    "abonnieren bestellen registrieren anmelden herunterladen laden teilen senden versenden"
    " folgen lesen weiterlesen hören anhören ansehen entdecken hinzufügen anzeigen abschließen"
    " sichern testen unterstützen kopieren drucken schreiben verfassen kommentieren aktivieren"
    " erstellen erhalten speichern merken melden kontaktieren klicken scrollen einloggen"
)
UNAMBIGUOUS_CTA_VERBS = folded_words(
    "subscribe register download click tap tweet abonnez inscrivez téléchargez cliquez"
    " connectez identifiez abonnieren registrieren herunterladen suscríbete regístrate"
    " apúntate descarga"
)
"""Verbs that open a button whatever follows them; the others need an object below."""
UI_OBJECTS = folded_words(
    "comment comments reply newsletter newsletters member members membership subscription"
    " subscriber subscribers account app apps application alerts alert notifications email"
    " mail inbox article articles story stories page updates podcast video videos offer trial"
    " access digest briefing edition journalism link"
    " commentaire commentaires réponse abonnement abonné abonnés compte appli alertes"
    " notifications actualité actualités lettre offre essai accès lien journalisme courriel"
    " kommentar kommentare antwort abo abonnement abonnent konto artikel benachrichtigungen"
    " mitglied angebot zugang beitrag beiträge nachrichten push"
    " comentario comentarios respuesta suscripción suscriptor suscriptores cuenta aplicación"
    " alertas boletín noticia noticias artículo socio oferta acceso enlace correo periodismo"
    " edición"
    # the page itself, reading on, its corrections and its author
    " content reading correction error typo author notificaciones página seite contenu"
    " lecture erreur auteur autrice inhalt weiterzulesen korrektur fehler autor autorin"
    " contenido lectura leyendo corrección autora continue continuer weiterlesen continuar"
    " enlarge agrandir vergrößern ampliar zoom touch"
)
DEICTIC_OBJECTS = folded_words(
    "this it us here now today more nous ici maintenant uns hier jetzt mehr nos aquí ahora"
    " free gratuit gratuitement kostenlos gratis later below plus tard dessous später unten"
    " nosotros"
    " más después abajo"
)
"""What a prompt acts on: the article, a comment, the newsletter, an account, the reader's
inbox, a social network; or nothing but :data:`DEICTIC_OBJECTS` ("Share this", "Folgen Sie
uns")."""
ACCOUNT_VERBS = {"sign": ("up", "in"), "log": ("in", "on")}
SOCIAL_NAMES = frozenset(SOCIAL_NETWORKS.replace("\\.", ".").split("|")) | {
    "x",
    "google",
    "flipboard",
}
MAX_CTA_WORDS = 12
MAX_CTA_QUESTION_WORDS = 6
MAX_CTA_LABEL_WORDS = 5
_CTA_SENTENCES = re.compile(r"(?<=[?!.])\s+|(?<=\S\s[—–])\s")
_CTA_START = re.compile(CTA_LEAD + r"(\w+)(?: (?:sie|vous|nos|nous|uns|te))?(?: (.*))?")


def is_call_to_action(page: Page, index: int) -> bool:
    """A button or prompt addressed to the reader: "Become a member today", "Newsletter
    bestellen", "Envoyer par e-mail", "Añadir comentario", "Want more? Sign up for …".

    Each sentence is an imperative (in German an infinitive closing the line, or "Verb
    Sie …") acting on the article, a comment, the newsletter, an account, a network,
    or on nothing but "this"/"us"/"now"; a short question, or a label of a few words
    and a colon (not on a page whose story speaks to the reader), may precede it. The
    line is short and no sentence in it ends with a full stop, so "Share prices fell
    sharply on Monday.", "Follow the money", "The lesson: follow the money" and "Click
    the link above so you can:" stay; only a prompt of three words or fewer after a short
    question may end with one ("Spotted a mistake? Tell us.").
    """
    line = page.paragraphs[index].strip()
    if page.word_count(index) > MAX_CTA_WORDS:
        return False
    if ":" in line:  # "Never miss a story: sign up for our daily email"
        label, _, line = line.partition(":")
        if ":" in line or len(words(label)) > MAX_CTA_LABEL_WORDS or not line.strip():
            return False
        if page.speaks_to_reader:
            return False  # an advice page's "Pro tip: Get more meal ideas here!"
        line = line.strip()
    if line.endswith("."):
        question, _, prompt = line.partition("? ")
        if not prompt or len(words(question)) > MAX_CTA_QUESTION_WORDS or len(words(prompt)) > 3:
            return False
        line = line.rstrip(".")
    if _CTA_WORDS.isdisjoint(page.tokens(index)):
        return False  # no verb to open or close a prompt
    sentences = [s for s in _CTA_SENTENCES.split(line) if s]
    verdicts = [_is_cta_sentence(s.rstrip(" —–")) for s in sentences]
    questions = [  # "Want more?" or "Don't miss a story —" before the prompt
        s.endswith(("?", "—", "–")) and len(words(s)) <= MAX_CTA_QUESTION_WORDS + 1
        for s in sentences
    ]
    return any(verdicts) and all(v or q for v, q in zip(verdicts, questions, strict=True))


def _is_cta_sentence(sentence: str) -> bool:
    """One imperative, or imperatives joined by "and" ("Registrieren und weiterlesen")."""
    if sentence.rstrip().endswith((".", "?")):
        return False
    folded = normalize(sentence)
    return _is_one_cta(folded.split()) or all(
        _is_one_cta(c.split()) for c in _CTA_AND.split(folded)
    )


_CTA_AND = re.compile(r" (?:and|et|und|y) ")
_CTA_WORDS = CTA_VERBS | CTA_VERBS_LAST


def _is_one_cta(tokens: list[str]) -> bool:
    if not tokens:
        return False
    start = _CTA_START.fullmatch(" ".join(tokens))
    if start is not None and start.group(1) in CTA_VERBS:
        verb, rest = start.group(1), (start.group(2) or "").split()
        if rest[:1] and rest[0] in ACCOUNT_VERBS.get(verb, ()):
            return True
        return (
            verb in UNAMBIGUOUS_CTA_VERBS
            or _acts_on_interface(rest)
            or not PLACE_WORDS.isdisjoint(tokens)
        )
    if tokens[-1] in CTA_VERBS_LAST:
        rest = tokens[:-1]
        return _acts_on_interface(rest) or len(rest) <= 1 or not PLACE_WORDS.isdisjoint(rest)
    return False


PLACE_WORDS = folded_words("here below later ici dessous tard hier unten später aquí abajo después")
"""Where or when on the page an imperative sends the reader ("Read the full report here",
"Save for later"): its object is then the page, whatever it names."""


def _acts_on_interface(tokens: list[str]) -> bool:
    """No object, only "this"/"us"/"now", or one the reader's interface offers."""
    return all(t in DEICTIC_OBJECTS or t in LITTLE_WORDS for t in tokens) or any(
        t in UI_OBJECTS or t in SOCIAL_NAMES for t in tokens
    )


LITTLE_WORDS = folded_words(
    "to for with on in at the a an of our con en de para por avec pour à au aux sur le la les"
    " l des du mit für an auf zu im den dem der die das"
)
"""Prepositions and articles around a prompt's object ("Contacta con nosotros")."""


RECOMMENDATION_WORDS = folded_words(
    "popular most read viewed shared trending latest next related recommended recommendations"
    " picks more also top interest interesting like enjoy discover explore"
    " populaires populaire lus lues consultés partagés tendance dernières derniers liés"
    " similaires recommandés recommandé sélection plus aussi découvrir voir intéresser aimerez"
    " beliebt beliebte beliebteste beliebtesten meistgelesen meistgelesene meistgelesenen"
    " neueste neuesten"
    " ähnliche verwandte empfohlen empfehlungen mehr weitere auch interessant interessieren"
    " populares leídas leídos vistas vistos compartidas últimas últimos relacionadas"
    " relacionados recomendado recomendados más también interese interesar tendencias último"
    " últimas"
    # "read", "worth reading", "you may like" in the other languages
    " lire lesen lesenswert lesenswerte leer gustar gustará encantar plaire gefallen associés"
    " recommandations empfohlene vus vues meistgesehen meistgesehene meistgesehenen"
    # the editors' picks, other stories, and a block of topics
    " picks choix other autres andere otras otros topics sujets themen temas schlagwörter"
    " stichwörter étiquettes etiquetas tags"
)
RECOMMENDATION_FILLERS = folded_words(
    "stories story articles article news posts post reads for you your the this on from of up"
    " topics themen sujets temas associés associated also auch aussi también gerade now"
    " a in to may might could be now what"
    " à lire les le la l des du de sur même vous pourriez aimer dans nos notre rubrique thème"
    " sujet articles actualités infos"
    " das könnte sie dich die der den zum thema aus mit artikel beiträge nachrichten"
    " meldungen wird ihnen"
    " lo las los el de del te puede quizás le en sobre noticias artículos entradas"
    " editor editors s rédaction redaktion für ti para pour"
)
MAX_RECOMMENDATION_WORDS = 6


def is_recommendation_heading(page: Page, index: int) -> bool:
    """The heading of a block of other stories under the story: "Popular Stories", "Up
    Next", "À découvrir", "Beliebte Artikel", "Quizás te interese".

    Under the story's last prose paragraph, short, not a sentence, and made only of
    words of recommendation ("popular", "next", "découvrir", "beliebt", "leídas") and
    the little words around them, with no sentence right under it (an agency's "UP NEXT"
    over "Thunder: Host the Lakers on Friday." is story). Like a "Related" heading it
    starts a trailing block.
    """
    line = page.paragraphs[index].rstrip()
    if index < page.last_prose or page.word_count(index) > MAX_RECOMMENDATION_WORDS:
        return False
    if "«" not in line:
        line = line.rstrip("»›→> ")  # a link's arrow, not a closing quotation mark
    if not line or (ends_sentence(line) and not line.endswith("?")):
        return False
    below = page.paragraphs[index + 1] if index + 1 < len(page.paragraphs) else ""
    if below.rstrip().endswith("."):
        return False
    tokens = page.token_list(index)
    if _MORE_FROM.fullmatch(line.strip()) is not None:
        return True
    return made_of(tokens, RECOMMENDATION_WORDS, RECOMMENDATION_FILLERS)


_SECTION_NOUN = (
    r"(?i:section|category|rubrique|catégorie|ressort|rubrik|kategorie|sección|categoría)"
)
_MORE_FROM = re.compile(
    r"(?i:more|plus|mehr|más|other|autres|d['’]autres|weitere|andere|otras|otros)(?: [\w'’]+)?"
    r" (?i:from|in|on|about|de|d'|du|des|en|aus|von|vom|zu|über|sobre)\s?"
    rf"(?i:(?:the|this|la|le|l'|cette|dem|der|diesem|dieser|el|la|esta|este) )?"
    rf"(?:{_SECTION_NOUN}|(?:{_SECTION_NOUN} )?[A-ZÀ-Ý]\w*(?: [A-ZÀ-Ý]\w*){{0,2}})"
)
"""A "more from <place, topic or section>" heading, or "other stories from" one: "Mehr aus
Hamburg", "Plus d'infos de Lyon", "Mehr aus dem Ressort Kultur »", "Más de la sección
Deportes", "Other stories from Kent", "Weitere Artikel aus der Rubrik"."""


SECTION_WORDS = folded_words(
    "news world local national international politics business economy markets finance money"
    " sports sport culture arts entertainment lifestyle life health science technology tech"
    " opinion opinions editorial travel food weather education environment climate crime"
    " justice society media style fashion autos auto cars property housing jobs obituaries"
    " actualités actualité monde régions région france politique économie société santé"
    " sciences planète environnement éducation médias loisirs sports faits divers people"
    " idées débats culture international"
    " nachrichten politik wirtschaft finanzen kultur panorama wissen gesundheit reise meinung"
    " lokales regional welt ausland inland gesellschaft digital leben feuilleton vermischtes"
    " börse geld karriere"
    " noticias internacional nacional política economía sociedad cultura deportes salud"
    " ciencia tecnología opinión mundo españa sucesos educación medio ambiente mercados"
    " gente motor"
    # genres printed where the section would be
    " analysis analyse análisis commentary kommentar comentario tribune chronique column"
    " kolumne columna leitartikel reportage reportaje review"
    " critique kritik crítica explainer décryptage"
    # police and courts, a section of most local papers
    " courts court police law blaulicht polizei polizeibericht justiz gericht tribunaux"
    " tribunales policía justicia"
)
SECTION_JOINERS = frozenset("and et und y e".split())
_REGION_ABBREVIATION = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]{2,3}")
MAX_SECTION_WORDS = 3


def is_section_label(page: Page, index: int) -> bool:
    """A newspaper section's name above the story, under or over the headline: "Business",
    "Économie", "Panorama", "Local News".

    A few words, all names of the sections newspapers print (with "and" between them),
    before the first story paragraph; a region's abbreviation may come first ("U.S.
    News", "UK Politics", "EU Business"). A dateline ("PITTSBURGH") is not a section
    name, so it stays.
    """
    line = page.paragraphs[index]
    if not page.in_header(index) or page.word_count(index) > MAX_SECTION_WORDS:
        return False
    if ends_sentence(line):
        return False
    tokens = page.token_list(index)
    first = line.split(maxsplit=1)
    if len(first) == 2 and _REGION_ABBREVIATION.fullmatch(first[0]):
        tokens = tokens[len(normalize(first[0]).split()) :]
    return (
        bool(tokens)
        and all(t in SECTION_WORDS or t in SECTION_JOINERS for t in tokens)
        and tokens[0] in SECTION_WORDS
    )


SUBSCRIBER_WORDS = folded_words(
    "subscriber subscribers subscription subscribed premium members membership paywall"
    " abonné abonnés abonnée abonnées abonnement premium membres"
    " abonnent abonnenten abonnentinnen abo abonnement plus mitglieder"
    " suscriptor suscriptores suscriptora suscripción socio socios premium member membre"
    " mitglied"
)
RESTRICTION_WORDS = folded_words(
    "only exclusive exclusively reserved réservé réservée réservés réservées exclusif"
    " exclusivement seulement uniquement nur exklusiv vorbehalten exclusivo exclusiva"
    " exclusivamente solo sólo reservado reservada"
)
"""Words that restrict an article to subscribers, next to the subscriber word
("Subscribers only", "réservé aux abonnés", "nur für Abonnenten")."""
LOGIN_WORDS = folded_words(
    "already unlock log sign déjà débloquer connecter connectez bereits freischalten anmelden"
    " einloggen ya desbloquea desbloquear inicia iniciar sesión"
)
"""Words of a login wall, anywhere in the line ("Already a subscriber? Log in")."""
RESTRICTION_LINKS = folded_words(
    "for to our the für unsere unseren die den pour aux à a nos les des de para los nuestros sus"
)
MAX_PAYWALL_WORDS = 16


def is_paywall_notice(page: Page, index: int) -> bool:
    """A paywall notice worded as a statement: "Subscribers only", "Article réservé aux
    abonnés", "Nur für Abonnenten", "Contenido exclusivo para suscriptores", "Already a
    member? Log in".

    Short, its last sentence not ended by a full stop, and naming subscribers (or
    members, premium) together with a word of restriction or login (only, reserved,
    exclusive, already, unlock, log in); or a label of subscribers alone before a colon
    and a headline ("Für Abonnenten: …", "Para suscriptores: …"). So "Les abonnés du
    réseau seront informés par courriel.", "Only subscribers were allowed in the hall."
    and a list's "Subscribers: 12,000 more this year" stay.
    """
    line = page.paragraphs[index].rstrip()
    if page.word_count(index) > MAX_PAYWALL_WORDS or line.endswith((".", "!", "»", '"', "”")):
        return False
    tokens = page.token_list(index)
    subscribers = [i for i, t in enumerate(tokens) if t in SUBSCRIBER_WORDS]
    if not subscribers:
        return False
    if not LOGIN_WORDS.isdisjoint(tokens):
        return True
    label, colon, rest = line.partition(":")
    if colon and rest.strip()[:1].isalpha():  # "Für Abonnenten: Die Hintergründe des Deals"
        label_tokens = normalize(label).split()
        if made_of(label_tokens, SUBSCRIBER_WORDS, RESTRICTION_LINKS | RESTRICTION_WORDS):
            return True
    return any(_restricts(tokens, i) for i in subscribers)


def _restricts(tokens: Sequence[str], subscriber: int) -> bool:
    """A restriction word right after the subscriber word, or before it with only
    prepositions and determiners between ("réservé aux abonnés")."""
    if subscriber + 1 < len(tokens) and tokens[subscriber + 1] in RESTRICTION_WORDS:
        return True
    i = subscriber - 1
    while i >= 0 and tokens[i] in RESTRICTION_LINKS:
        i -= 1
    return i >= 0 and tokens[i] in RESTRICTION_WORDS


NEIGHBOUR_WORDS = folded_words(
    "previous next prev older newer précédent précédente suivant suivante"
    " vorheriger vorherige voriger vorige nächster nächste älterer neuerer"
    " anterior siguiente recent récent récente ancien ancienne reciente antigua antiguo"
)
ITEM_NOUNS = folded_words(
    "article post story entry page item news the article billet publication sujet"
    " artikel beitrag eintrag seite meldung nachricht der die das"
    " noticia artículo entrada página publicación la el le l more plus mehr más"
)
MAX_NEIGHBOUR_WORDS = 4


def is_neighbour_link(page: Page, index: int) -> bool:
    """A link to the previous or next article under the story: "Next Post »", "Article
    précédent", "Vorheriger Artikel", "Noticia anterior".

    Under the story's last prose paragraph, a few words: a previous/next word and the
    name of an item (article, post, Beitrag, noticia), arrows and bars between them
    aside ("« Artículo anterior | Artículo siguiente »").
    """
    if index <= page.last_prose or page.word_count(index) > 2 * MAX_NEIGHBOUR_WORDS:  # arrows
        return False
    tokens = page.token_list(index)
    return len(tokens) <= MAX_NEIGHBOUR_WORDS and made_of(tokens, NEIGHBOUR_WORDS, ITEM_NOUNS)


COMMENT_WORDS = folded_words(
    "comment comments commenting commented commenter commentaire commentaires commenter"
    " commentez réagir réaction réactions kommentar kommentare kommentieren kommentarfunktion"
    " kommentarbereich diskussion comentario comentarios comentar comenta comente debate debates"
    " débat débats diskutieren"
)
_COMMENT_BUTTON = re.compile(
    r"(?:reply|replies|répondre|réponses?|antworten|antwort|responder|respuestas?)(?: \d+)?"
    r"|(?:sort(?:ed)? by|trier par|sortieren nach|ordenar por)(?: \w+){1,3}"
)
"""A comment thread's buttons, alone on a line under the story: "Reply", "Trier par : les
plus récents"."""
DISCUSSION_WORDS = folded_words("discussion discussions discusión discusiones")
"""A comment section called a discussion: it counts in a prompt that does not open with a
determiner ("Join the discussion…", not "The discussion continues")."""
MAX_COMMENT_PROMPT_WORDS = 8


def is_comment_prompt(page: Page, index: int) -> bool:
    """A comment count or prompt worded as a sentence under the story: "Be the first to
    comment", "Il y a 7 commentaires", "Zur Kommentarfunktion", "Inicia sesión para
    comentar".

    Under the story's last prose paragraph, short, not ended by a full stop, a thread's
    button ("Reply", "Antworten", "Sort by: Newest") or with a word of the comment family
    (or of discussion, in a line not opening with a determiner: "Participer à la
    discussion…"); a story's closing line that mentions comments is a sentence and
    stays, and so does a closing "The discussion continues".
    """
    if index <= page.last_prose or page.word_count(index) > MAX_COMMENT_PROMPT_WORDS:
        return False
    if page.paragraphs[index].rstrip().endswith("."):
        return False
    if not page.tokens(index).isdisjoint(COMMENT_WORDS):
        return True
    if _COMMENT_BUTTON.fullmatch(page.normalized(index)):
        return True
    tokens = page.token_list(index)
    return bool(tokens) and tokens[0] not in DETERMINERS and not DISCUSSION_WORDS.isdisjoint(tokens)


PHOTO_WORDS = folded_words(
    "photo photos picture pictures image images illustration foto fotos bild bilder bildquelle"
    " quelle fotoquelle imagen imágenes crédit credit credits crédits archive archives archivo"
    " archivbild"
)
PHOTO_CREDIT_LINK = folded_words("courtesy by credit crédit de d von par por quelle source fuente")
_AFTER_PHOTO_WORD = PHOTO_CREDIT_LINK | PHOTO_WORDS
_PARENTHESISED_CREDIT = re.compile(r"\(\s*(?:©\s*)?[A-ZÀ-Ý][^()]{1,40}\)")
MAX_PHOTO_CREDIT_WORDS = 12


def is_photo_credit(page: Page, index: int) -> bool:
    """A photo's credit or caption line without a sentence: "Photo courtesy of the City",
    "Crédit photo : Shutterstock", "(© Ville de Lyon)", "Imagen de archivo (Europa Press)".

    Short and not ended by a full stop; it holds "©", or opens with a photo word
    (photo, Bild, imagen, credit) followed by a colon or a credit word (courtesy, by,
    de), or is a few words with a capitalised name in parentheses at its end.
    """
    line = page.paragraphs[index].strip()
    if page.word_count(index) > MAX_PHOTO_CREDIT_WORDS or line.endswith(STOPS):
        return False
    if "©" in line:
        return True
    tokens = page.token_list(index)
    head = line.split(maxsplit=1)[0].rstrip(":").casefold() if line else ""
    if tokens and normalize(head) in PHOTO_WORDS:
        after = line[len(head) :].lstrip()
        if after.startswith(":") or (len(tokens) > 1 and tokens[1] in _AFTER_PHOTO_WORD):
            return True
    credit = _PARENTHESISED_CREDIT.search(line)
    return (
        credit is not None and credit.end() == len(line) and any(t in PHOTO_WORDS for t in tokens)
    )


_CREDIT_PARENTHESIS = re.compile(
    r"\((?i:photos?|foto|fotos|bild|bilder|imagen|image|picture|illustration|crédit(?: photo)?"
    r"|credit)\s*:?\s+(?:©\s*)?(?:[A-ZÀ-Ý]|(?:dpa|afp|ap|efe|epd|kna)\b)[^()]{0,60}\)$"
)
MAX_CAPTION_WORDS = 40


def is_credited_caption(page: Page, index: int) -> bool:
    """A photo caption closed by its credit in parentheses: "The mayor at Monday's
    council meeting. (Photo Ana Ruiz / The Ledger)", "Le pont, vu du quai. (Photo :
    Jean Roux)", "Die Baustelle am Montag. (Foto: dpa)".

    At most forty words, ending with a parenthesis that opens with a photo word (photo,
    Foto, Bild, imagen, credit; a colon may follow) and then a name (capitalised, or a
    news agency's in lower case). A story sentence ending "(photo below)" or
    "(pictured)" names no one and stays.
    """
    line = page.paragraphs[index].rstrip()
    return (
        line.endswith(")")
        and page.word_count(index) <= MAX_CAPTION_WORDS
        and _CREDIT_PARENTHESIS.search(line) is not None
    )


IMAGE_KINDS = folded_words(
    "file archive archives archival stock illustration illustrative symbolic symbol handout"
    " illustratif illustrative symbolique archiv symbol agentur archivo ilustración"
    " ilustrativa ilustrativo referencia recurso"
)
"""What kind of picture stands above: an old one, a stock one, one that only illustrates."""
IMAGE_KIND_COMPOUNDS = re.compile(
    r"(?:archiv|symbol|illustrations?|agentur|stock|datei)(?:bild|foto|photo|aufnahme)"
)
IMAGE_KIND_FILLERS = folded_words("a an the de d l du des un une ein eine el la una un del")
MAX_IMAGE_KIND_WORDS = 4


def is_image_kind_label(page: Page, index: int) -> bool:
    """A label saying what kind of picture stands above, alone on its line: "File
    photo.", "(Archive image)", "Photo d'illustration", "Archivbild", "Symbolfoto",
    "Foto de archivo.".

    At most four words, a full stop or parentheses allowed, made only of a photo word,
    a word of its kind (file, archive, stock, illustration, archivo, referencia) and
    articles; or one German compound of the two (Archivbild, Symbolfoto). A sentence
    about an archive says what it holds and has other words.
    """
    if page.word_count(index) > MAX_IMAGE_KIND_WORDS:
        return False
    tokens = page.token_list(index)
    if len(tokens) == 1:
        return IMAGE_KIND_COMPOUNDS.fullmatch(tokens[0]) is not None
    if IMAGE_KINDS.isdisjoint(tokens) or PHOTO_WORDS.isdisjoint(tokens):
        return False
    return all(t in PHOTO_WORDS or t in IMAGE_KINDS or t in IMAGE_KIND_FILLERS for t in tokens)


MAX_HEADLINE_RUN_WORDS = 11
MAX_HEADLINE_NUMBERS = 2
"""A headline has few numbers; a line of dates or scores ("29 November 2018 | 20 January
2019") is the story's data and ends a run."""
_NUMBERS = re.compile(r"\d+")
MIN_HEADLINE_RUN = 4
MAX_HEADLINE_RUN = 8


def is_headline_run(page: Page, index: int) -> bool:
    """One of a run of short headline-like lines under the story: a block of other
    stories under a heading no rule knows ("Also worth a look" over three headlines).

    Under the story's last prose paragraph, four to eight consecutive short lines (at most
    eleven words and two numbers), none ended like a sentence; a line already removed
    (the block's heading) counts in the run. A story's closing subheading stays, and so
    does a long list closing the story (a tournament's fourteen teams).
    """
    return index > page.last_prose and index in page.headline_runs


STRONG_SEPARATORS = "|·•●◆◇■□▪▫◉○›»▸▹➤►▶→⟩∙⋅❯➔➜⇒"
_STRONG_SEPARATOR = re.compile(rf"(?:^|\s)[{STRONG_SEPARATORS}]|[{STRONG_SEPARATORS}](?:\s|$)")
_SEGMENTS = re.compile(rf"\s*[{STRONG_SEPARATORS}]+\s*|\s+[/–—-]\s+")
MAX_SEGMENTED_WORDS = 20
MAX_SEGMENT_WORDS = 6
MAX_SEGMENT_HEADLINE_WORDS = 15


def is_segmented_line(page: Page, index: int) -> bool:
    """A line of short items joined by pipes, bullets or arrows: a breadcrumb, a row of
    buttons, a meta line, a label over a headline ("Home » World", "Politics / White
    House", "Posted in Politics | 17 Comments", "Facebook | X | Copy link", "VIDEO |
    The new buses").

    At least one pipe, bullet or arrow (dashes and slashes then separate too), every item
    a few words, or a short label and one headline; the line does not end with a full
    stop. French quotation marks are not separators: "« oui » ou « non »" stays, and so
    does a box score or a story subheading, which have no pipe or arrow.
    """
    line = page.paragraphs[index].strip()
    if page.word_count(index) > MAX_SEGMENTED_WORDS or line.endswith(STOPS):
        return False
    if _STRONG_SEPARATOR.search(line) is None or "«" in line or "‹" in line:
        return False
    items = [words(item) for item in _SEGMENTS.split(line) if item.strip()]
    if len(items) < 2 and not line.startswith(tuple(STRONG_SEPARATORS)):
        return False
    if all(len(item) <= MAX_SEGMENT_WORDS for item in items):
        return True
    label, *rest = items
    return len(items) == 2 and len(label) <= 3 and len(rest[0]) <= MAX_SEGMENT_HEADLINE_WORDS


ARROWS = "↑↓→←⬆⬇►▶➤👉👇☝"
DASHES = "-–—"
MAX_FRAMED_WORDS = 6
TICKER_FRAME = "+++"
"""German sites frame a ticker's flash between plus signs: "+++ Eilmeldung +++"."""


def is_framed_marker(page: Page, index: int) -> bool:
    """A few words set between dashes or "+++", or closed by an arrow: "– Advertising –",
    "— Story continues after this ad —", "Back to top ↑", "+++ Liveticker +++".

    A story's sentence is not framed that way; a line opening with a dialogue dash has no
    closing one.
    """
    line = page.paragraphs[index].strip()
    if page.word_count(index) > MAX_FRAMED_WORDS + 2 or len(line) < 3:
        return False
    dashed = line[0] in DASHES and line[-1] in DASHES
    ticker = line.startswith(TICKER_FRAME) and line.endswith(TICKER_FRAME)
    inner = line.strip(DASHES + ARROWS + "+")
    return (dashed or ticker or line[-1] in ARROWS) and len(words(inner)) <= MAX_FRAMED_WORDS


MAX_EMOJI_LINE_WORDS = 20


def has_pictograph(text: str) -> bool:
    """Tell whether a text holds an emoji pictograph ("🔴", "📲", "👉").

    Faces are not pictographs here: they set a blog's tone.

    >>> has_pictograph("Join our channel 📲"), has_pictograph("See you soon 🙂")
    (True, False)
    """
    return not text.isascii() and _PICTOGRAPH.search(text) is not None


_PICTOGRAPH = re.compile(
    "[\U0001f300-\U0001f5ff\U0001f650-\U0001f90f\U0001fa00-\U0001faff\u2600-\u27bf\u2b50"
    "\u25b6\u25c0\ufe0f]"
)
"""Pictographs, symbols and dingbats; not the smileys (U+1F600-1F64F) nor the faces and
hands of U+1F910-1F9FF, which set a blog's tone rather than a site's button."""


def is_emoji_line(page: Page, index: int) -> bool:
    """A short line with an emoji pictograph that is not a sentence: "🔴 Breaking", "Get
    alerts on your phone 📲", "Join our channel 👉".

    News prose does not use pictographs; a line that ends like a sentence (a duration's
    "6 Min." is not one: "🔊 Beitrag vorlesen · 4 Min."), or holds one ending inside it,
    stays (a quoted post, a blog's "… here! Check them out below ⬇️").
    """
    line = page.paragraphs[index].strip()
    if line.isascii():
        return False  # no pictograph
    if line.endswith("."):
        line = line[:-12] + _DURATION_END.sub("", line[-12:])
    return (
        page.word_count(index) <= MAX_EMOJI_LINE_WORDS
        and not line.endswith((".", "?", "!", '"', "”", "»"))
        and _SENTENCE_INSIDE.search(line) is None
        and has_pictograph(line)
    )


_SENTENCE_INSIDE = re.compile(r"\w[.!?]\s+\w")
"""A sentence ending inside a line: a blog's prose, not a button ("… here! Check them out
below ⬇️")."""
_DURATION_END = re.compile(r"(?<=\d)\s*(?:min|mins|sec|sek|std|hrs?)\.$", re.IGNORECASE)
"""An audio player's length closing a line ("· 6 Min."): its full stop ends an
abbreviation, not a sentence."""


_ADDRESS = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.]+|(?<![\w@])@\w{2,}"
    r"|\((?:opens|s.ouvre|öffnet|se abre)\b[^()]*\)",
    re.IGNORECASE,
)
"""An e-mail address, a @handle, or a link's "(Opens in new window)" note."""
_EMAIL_AT = re.compile(r"\w@\w")
_EMBEDDED_POST = re.compile(r"\(@\w+\)|pic\.twitter|t\.co/|instagram\.com/p/")
FOLLOW_WORDS = folded_words(
    "follow suivez suivre folgen folge folgt sigue síguenos seguir siga write email contact"
)


def _addresses_reader(page: Page, index: int, line: str) -> bool:
    """An e-mail address or a link note; or a @handle the reader is asked to follow, not
    an embedded post's signature ("— Senate (@NGRSenate) October 3") or an account named
    in a list."""
    if _EMBEDDED_POST.search(line):
        return False
    if "@" not in line or _EMAIL_AT.search(line):
        return True
    tokens = page.token_list(index)
    return not (FOLLOW_WORDS.isdisjoint(tokens) and SOCIAL_NAMES.isdisjoint(tokens))


MAX_ADDRESS_LINE_WORDS = 30


def is_address_line(page: Page, index: int) -> bool:
    """A line that gives an e-mail address, a @handle or a link's "(Opens in new window)":
    "Have a tip? Email us at tips@example.org", "Follow @ledger on X", "Click to share on
    Reddit (Opens in new window)", an author's note under the story ("Jane Doe covers
    politics. Reach her at jd@example.org.").

    Short; not a sentence, or a sentence under the story that addresses someone ("us",
    "her", "vous", "uns", "nos"). So "Anyone with information can write to
    tips@police.example." inside the story stays. Above the story a site's "Got a tip?
    Email …" line is left to site learning, like :func:`is_contact_line` does. A @handle
    counts only with a word of
    following or a network's name: otherwise it is an embedded post's author or an
    account in a list.
    """
    line = page.paragraphs[index].strip()
    if page.word_count(index) > MAX_ADDRESS_LINE_WORDS or page.in_header(index):
        return False
    if ("@" not in line and "(" not in line) or _ADDRESS.search(line) is None:
        return False
    if not line.endswith(STOPS):
        return _addresses_reader(page, index, line)
    return index > page.last_prose and (
        not ADDRESSED.isdisjoint(page.tokens(index))
        or ("@" in line and _speaks_to_someone(page.token_list(index)))
    )


ADDRESSED = folded_words(
    "you your us me her him our vous votre vos nous nos moi la lui uns mich ihn ihr uns euch"
    " dich dir tu te nos nosotros le"
)
"""Pronouns of a line that addresses the reader or points at a person to contact."""
READER_WORDS = folded_words(
    "you your yours vous votre vos tu ton dich dir dein deine deinen deinem deiner euch"
    " tú tus usted ustedes debes puedes quieres tienes eres"
)
"""Second-person words: a news story speaks of others, chrome speaks to the reader."""
FORMAL_YOU = frozenset("Sie Ihnen Ihr Ihre Ihren Ihrem Ihrer".split())
_QUOTED = re.compile(r'“[^“”]*”|"[^"]*"|«[^«»]*»|„[^„“”]*[“”]|»[^»«]*«')
_READER_ADDRESS = re.compile(
    r"(?i:\b(?:you|your|vous|votre|vos|tu|usted|dich|dir|dein\w*)\b)|(?<=\w )(?:Sie|Ihnen)\b"
)
COMMENT_NOUNS = folded_words(
    "comments commentaires kommentare comentarios commentaire kommentar comentario"
)
COMMENT_SECTION_WORDS = folded_words(
    "kommentarfunktion kommentarbereich moderated closed disabled approved reviewed appear"
    " appears modérés modéré fermés désactivés validés approuvés geschlossen moderiert"
    " deaktiviert freigeschaltet geprüft moderados cerrados desactivados aprobados revisados"
    " revisan moderan"
)
"""What a notice says of the comment section (moderated, closed) beside a comment noun;
"Kommentarfunktion" and "Kommentarbereich" name the section alone."""
MAX_READER_SENTENCE_WORDS = 30
_QUOTES = re.compile('["“”«»„]')


def is_reader_sentence(text: str) -> bool:
    """Tell a short line about the comment section, or one that speaks to the reader
    (second person) of commenting, subscribing or logging in, from story prose;
    quotations aside. "The browser sends your email address to the server." stays.

    >>> is_reader_sentence("Comments are moderated and may take up to 24 hours to appear.")
    True
    >>> is_reader_sentence("The company declined to comment on the report.")
    False
    >>> is_reader_sentence("“You have to move fast,” she said.")
    False
    """
    tokens = words(text)
    if len(tokens) > MAX_READER_SENTENCE_WORDS or _QUOTES.search(text):
        return False
    if text.rstrip().endswith(":"):
        return False  # it introduces what follows: "Click the link above so you can:"
    folded = normalize(text).split()
    if not COMMENT_SECTION_WORDS.isdisjoint(folded) and not (
        COMMENT_NOUNS.isdisjoint(folded) and "kommentarfunktion" not in folded
    ):
        return True
    to_reader = not READER_WORDS.isdisjoint(folded) or not FORMAL_YOU.isdisjoint(tokens[1:])
    return to_reader and not (
        COMMENT_WORDS.isdisjoint(folded)
        and SUBSCRIBER_WORDS.isdisjoint(folded)
        and LOGIN_WORDS.isdisjoint(folded)
    )


def is_note_to_reader(text: str) -> bool:
    """Tell a short note to the reader (:func:`is_reader_sentence`), or a line that gives
    someone's address to write to or handle to follow ("Reach her at jd@example.org.",
    "Síguela en X @anaruiz."), from story prose.

    >>> is_note_to_reader("Jane Doe covers politics for the Ledger. Reach her at jd@example.org.")
    True
    """
    if is_reader_sentence(text) or is_author_note(text):
        return True
    return (
        len(words(text)) <= MAX_ADDRESS_LINE_WORDS
        and "@" in text
        and _ADDRESS.search(text) is not None
        and _speaks_to_someone(normalize(text).split())
    )


_AUTHOR_NOTE = re.compile(
    r"[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){1,2} (?:covers|writes about|reports on|is a reporter"
    r"|couvre|écrit sur|est journaliste|berichtet über|schreibt über|ist redakteur|ist reporter"
    r"|cubre|escribe sobre|es periodista|es redactora?)\b"
)
_CONTACT_NUMBER = re.compile(r"\d[\d ./-]{5,}\d")


def is_author_note(text: str) -> bool:
    """Tell an author's note ("Jenna Moore covers crime. Contact her at 555-0199.") from
    story prose: a name and a verb of a reporter's beat open it, and an e-mail address, a
    handle or a telephone number follows.

    >>> is_author_note("Lea Moritz berichtet über Polizeithemen. Erreichbar unter 089 000000.")
    True
    >>> is_author_note("John Smith covers the repairs himself, the council said.")
    False
    """
    return (
        len(words(text)) <= MAX_ADDRESS_LINE_WORDS
        and _AUTHOR_NOTE.match(text) is not None
        and ("@" in text or _CONTACT_NUMBER.search(text) is not None)
    )


def _speaks_to_someone(tokens: Sequence[str]) -> bool:
    """A pronoun of address ("us", "her", "vous"), or a verb of following with its pronoun
    attached ("Síguela", "Suivez-le"): a line pointing the reader at someone."""
    return not ADDRESSED.isdisjoint(tokens) or any(t.startswith(_FOLLOW_STEMS) for t in tokens)


_FOLLOW_STEMS = ("follow", "suivez", "suive", "folge", "sígue", "sigue", "síga")


def is_reader_notice(page: Page, index: int) -> bool:
    """A sentence for the reader under the story, or about its comment section: "Comments
    are moderated and may take up to 24 hours to appear.", "Vous devez être connecté pour
    publier un commentaire.", "Para comentar debes estar registrado.".

    Under the story's last prose paragraph only: a story speaks of others in the third
    person, and its closing "… declined to comment." uses the verb, not the section.
    """
    return index > page.last_prose and is_reader_sentence(page.paragraphs[index])


CAPS_LABEL = re.compile(r"(?P<label>[^\W\d_a-zß-ÿ]{3,}[^\w\s]?)\s*[.:|]\s+(?P<rest>[^\W\d_].*)")
_CAPS_WORDS_LABEL = re.compile(
    r"(?P<label>[^\W\d_a-zß-ÿ][^\W\d_a-zß-ÿ'’]*(?: [^\W\d_a-zß-ÿ][^\W\d_a-zß-ÿ'’]*){1,5})"
    r"\s?[:|]\s+(?P<rest>[^\W\d_].*)"
)
"""A label of two to six words in capitals before a colon or a bar ("ALSO ON OUR SITE:")."""
MAX_LABEL_TEASER_WORDS = 25
MIN_TEASER_HEADLINE_WORDS = 4


def is_labelled_teaser(page: Page, index: int) -> bool:
    """A label and a headline set between two story paragraphs: "VIDEO. The first images
    of the new line", "EXCLUSIVE: Inside the plan", "Recommended reading: Inside the
    plan".

    One word in capitals, a full stop, colon or bar, then a headline of four words or
    more; or up to six words in capitals, one of them pointing at other pages (also,
    more, read, our, sur, bei, también), a colon or bar and such a headline ("NEW YORK
    CITY: …" names a place and stays); or a label of at most three words, a colon and a
    headline of five words or more, when no word of the label (of five letters or more)
    occurs anywhere in the story's prose: the label speaks of the page ("Recommended
    reading", "Noticia relacionada"), not of the story, as a subheading's does ("The
    Build Stage: …" in a story about stages, "Merkel: Wir schaffen das" in a story naming
    her); the headline may be of three words when the label names a kind of page the
    site runs (a dossier, a live blog, a trend: "Notre dossier : la mobilité en ville",
    "Im Trend: Bahnstreik legt Verkehr lahm") as its own ("our") or with a word the
    story's prose never uses. The line does not end like a sentence, names no price, and
    sits in the story
    with no other "Label: …" line beside it (a story's list of "Label: item" lines, an
    interview's "Q: …" and "A: …", come in runs) and a prose paragraph on one side, or on
    both sides for a label in ordinary case (a subheading "Internal memo: Guards
    falsified records" can stand over a short deck); after a label in ordinary case, the
    headline speaks in no first or second person ("True confession: I had to learn …" is
    the writer's own).
    """
    line = page.paragraphs[index].strip()
    if not page.first_prose < index < page.last_prose:
        return False
    if page.word_count(index) > MAX_LABEL_TEASER_WORDS or line.endswith((".", "!", "?", ":")):
        return False
    before, after = page.prose_at(index - 1), page.prose_at(index + 1)
    if not (before or after) or _in_label_run(page, index):
        return False
    if _PRICE.search(line):
        return False  # "New Price Drop: AirPods for $139", a shopping list's item
    match = CAPS_LABEL.fullmatch(line) or _CAPS_WORDS_LABEL.fullmatch(line)
    if match is not None and match["label"].upper() == match["label"]:
        label = normalize(match["label"]).split()
        if len(label) > 1 and TEASER_LABEL_WORDS.isdisjoint(label):
            return False  # "NEW YORK CITY: Officials said …", a place over its story
        return len(words(match["rest"])) >= MIN_TEASER_HEADLINE_WORDS
    if not (before and after):
        return False  # a label in ordinary case over a short line: a subheading and its deck
    match = LABEL_COLON.fullmatch(line) if ":" in line else None
    if match is None or len(words(match["rest"])) < MIN_FAMILY_HEADLINE_WORDS:
        return False
    label = normalize(match["label"]).split()
    if len(match["label"].split()) > MAX_TEASER_LABEL_WORDS:
        return False
    if not PERSONAL_WORDS.isdisjoint(normalize(match["rest"]).split()):
        return False  # "True confession: I had to learn …", a blog's own subheading
    if _labels_site_page(page, label):
        return True  # "Notre dossier : la mobilité en ville", "Im Trend: Bahnstreik …"
    if len(words(match["rest"])) < MIN_COLON_HEADLINE_WORDS:
        return False
    content = [w for w in label if len(w) >= MIN_CONTENT_CHARS]
    return bool(content) and page.story_words.isdisjoint(content)


def _labels_site_page(page: Page, label: Sequence[str]) -> bool:
    """Tell whether a label names a kind of page the site runs (a dossier, a live blog,
    what is trending), as "our dossier" or with a word the story's prose never uses."""
    family = [w for w in label if w in PAGE_KINDS]
    if not family:
        return False
    return not OUR_WORDS.isdisjoint(label) or page.story_words.isdisjoint(family)


LABEL_COLON = re.compile(r"(?P<label>[^\W\d_][^:.!?]{0,40}?)\s?:\s+(?P<rest>\S.*)")
MAX_TEASER_LABEL_WORDS = 3
MIN_COLON_HEADLINE_WORDS = 5
MIN_CONTENT_CHARS = 5
"""Words this long carry a label's meaning ("reading", "información", "sujet"); shorter
ones ("más", "le", "the") are the language's own."""
PERSONAL_WORDS = READER_WORDS | folded_words(
    "i my me we our us je j moi nous notre nos ich mich mir wir uns unser unsere yo mi"
    " nosotros nuestro nuestra nuestros"
)
"""First- and second-person words: a subheading in the writer's voice, not a headline."""
TEASER_LABEL_WORDS = (
    RECOMMENDATION_WORDS | PERSONAL_WORDS | folded_words("read lire lesen leer en sur bei auf")
)
"""Words one of which a label of several words in capitals holds when it points at other
pages ("ALSO ON OUR SITE", "À LIRE SUR NOTRE SITE", "AUCH BEI UNS"), where a place or
a party ("NEW YORK CITY", "SPD UND GRÜNE") holds none."""


PAGE_KINDS = folded_words(
    "dossier dossiers file special spécial spezial especial live liveblog liveticker ticker"
    " directo trend trends trending tendance tendances tendencia tendencias"
)
"""Kinds of page a site runs beside its stories and points to with a label."""
MIN_FAMILY_HEADLINE_WORDS = 3
_PRICE = re.compile(r"[$€£¥]\s?\d|\d\s?[$€£¥]")
_CURRENCIES = frozenset("$€£¥")
"""A price needs one of these signs: a cheap test before :data:`_PRICE`."""


_READING_TIME = re.compile(
    r"(?:(?:reading time|read|temps de lecture|lecture|lesezeit|lesedauer|tiempo de lectura"
    r"|lectura|listen|écouter|anhören|escuchar)\w*\W*)?(?:ca\.? )?\d+\s*(?:min|minutes?|minuten"
    r"|minutos|mn|m)\b\.?(?:\W*(?:read|reading|de lecture|lecture|lesezeit|lesen|lectura"
    r"|de lectura|listen))?",
    re.IGNORECASE,
)
_META_SEGMENTS = re.compile(rf"\s*[{STRONG_SEPARATORS},]\s*|\s+[/–—-]\s+")
MAX_META_WORDS = 24


def is_meta_line(page: Page, index: int) -> bool:
    """A line of the article's facts above or under the story, its items joined by dashes,
    bullets or commas: "Oct 17, 2025 — 4 min read", "Le 12 mars 2025 · Lecture 3 min",
    "Veröffentlicht am 18.03.2025 | Lesedauer: 3 Minuten".

    Outside the story's prose; every item is a date or time, a reading time, or the
    keyword before one (:func:`is_dateline_text`), and one item is a reading time: a line
    of a date and a time alone ("Oct 17, 2025 — 10:32") is not judged here.
    """
    if page.first_prose <= index <= page.last_prose or page.word_count(index) > MAX_META_WORDS:
        return False
    line = page.paragraphs[index].strip()
    if not any(c.isdigit() for c in line):
        return False  # a reading time has its number
    items = [item for item in _META_SEGMENTS.split(line) if item.strip()]
    if len(items) < 2:
        return False
    reading = [_READING_TIME.fullmatch(item.strip(" :")) is not None for item in items]
    return any(reading) and all(
        r or is_dateline_text(item) or _is_meta_word(item)
        for r, item in zip(reading, items, strict=True)
    )


def _is_meta_word(item: str) -> bool:
    tokens = normalize(item).split()
    return bool(tokens) and all(
        t.isdigit() or t in DATELINE_KEYWORDS or t in DATELINE_FILLERS or t in MONTHS
        for t in tokens
    )


def is_wire_dateline(page: Page, index: int) -> bool:
    """A news agency's dateline standing alone above the story: "WASHINGTON, Oct. 17 (AP) —",
    "Hamburg (dpa/lno) -", "Valencia, 20 feb (EFE).-".

    Before the story's first prose paragraph, the whole line is a dateline
    (:func:`story_dateline`) and nothing follows its dash. A dateline that opens the
    story's first paragraph is part of it and stays.
    """
    if not page.in_header(index):
        return False
    line = page.paragraphs[index].strip()
    dateline = story_dateline(line + " ")
    return dateline is not None and line[len(dateline.text) :].strip(" .-–—") == ""


ROLE_WORDS = folded_words(
    "staff writer writers reporter reporters correspondent correspondents editor editors"
    " contributor columnist chief bureau desk journalist journaliste rédaction rédacteur"
    " rédactrice envoyé envoyée correspondant correspondante service redaktion redakteur"
    " redakteurin korrespondent korrespondentin autor autorin reporterin redacción redactor"
    " redactora periodista corresponsal enviado enviada"
)
"""Words of a journalist's role in a byline without "By"."""
_AGENCY_NOTE = re.compile(
    r"\((?:avec|with|mit|con|and|et|und|y)\s+[^()]{1,30}\)\s*$", re.IGNORECASE
)
MAX_ROLE_BYLINE_WORDS = 12
_ROLE_SPLIT = re.compile(rf"\s*(?:[,{STRONG_SEPARATORS}]|\s[–—-]\s)\s*")


NEWSROOM_WORDS = folded_words(
    "staff newsroom desk rédaction redaktion redaktionen redacción newsdesk nachrichtenredaktion"
    " lokalredaktion onlineredaktion"
)
"""The newsroom signing as a whole, instead of a reporter."""
NEWSROOM_FILLERS = folded_words(
    "by the from and with report reports wire writer writers team news online digital web"
    " par la le l de des et avec équipe web numérique von der die den und mit online digital"
    " por la el de del y con equipo agencies agences agenturen agentur agencias agencia"
)
MAX_NEWSROOM_WORDS = 5
MAX_NEWSROOM_SIGNATURE_WORDS = 10
_WITH = re.compile(r",?\s+(?:with|avec|mit|con)\s+", re.IGNORECASE)
"""Where a signature turns from the newsroom to the agencies it worked with."""


def is_newsroom_byline(page: Page, index: int) -> bool:
    """The newsroom as the byline above the story: "Staff report", "By the News Desk",
    "La rédaction", "Von der Onlineredaktion", "Redacción", and the same naming its paper
    or the agency it worked with: "The newsroom of the Ledger with agencies", "La rédaction
    de L'Écho avec AFP", "Die Redaktion mit dpa".

    Before the story's first prose paragraph, not a sentence, made of a newsroom word
    (staff, desk, rédaction, Redaktion, redacción) and the little words and nouns around
    it (by, the, report, team, web, équipe), at most five words; or, at most ten words, such
    a newsroom, then "of" (de, der, del) and a capitalised name, then "with" (avec, mit,
    con) and agencies (:func:`_names_agencies`). A line naming the newsroom in a sentence
    ("The newsroom voted to strike.") is prose and stays; a headline in capitals over the
    newsroom ("Newsroom Staff Vote To Strike") has no "of" or "with" before its words.
    """
    if not page.in_header(index) or page.word_count(index) > MAX_NEWSROOM_SIGNATURE_WORDS:
        return False
    line = page.paragraphs[index].strip()
    if not line or line.endswith(STOPS):
        return False
    tokens = page.token_list(index)
    if NEWSROOM_WORDS.isdisjoint(tokens):
        return False
    if page.word_count(index) <= MAX_NEWSROOM_WORDS and made_of(
        tokens, NEWSROOM_WORDS, NEWSROOM_FILLERS
    ):
        return True
    newsroom, *agencies = _WITH.split(line, maxsplit=1)
    return _names_newsroom(newsroom) and all(_names_agencies(a) for a in agencies)


def _names_newsroom(part: str) -> bool:
    """Tell whether words are a newsroom, or a newsroom of a paper named in capitals.

    >>> _names_newsroom("La rédaction de La Gazette")
    True
    >>> _names_newsroom("Newsroom Staff Vote To Strike")
    False
    """
    parts = words(part)
    at = next((i for i, w in enumerate(parts) if normalize(w) in OF_WORDS), len(parts))
    head = normalize(" ".join(parts[:at])).split()
    name = parts[at + 1 :]
    if len(name) > 1 and name[0].islower() and normalize(name[0]) in AGENCY_FILLERS:
        name = name[1:]  # "of the Daily Ledger"
    if not made_of(head, NEWSROOM_WORDS, NEWSROOM_FILLERS) or len(head) > MAX_NEWSROOM_WORDS:
        return False
    return at == len(parts) or (0 < len(name) <= MAX_NAME_WORDS and _capitalised_name(name))


def _names_agencies(part: str, *, any_name: bool = False) -> bool:
    """Tell whether words name news agencies: agency names and words ("AFP", "agencies"),
    with names in capitals, "and" between them and an article before them; one of them
    an agency's name or word, or initials in capitals ("APR"), unless ``any_name``
    (under the story, "(Avec Presse Nord)" credits whatever it names).

    >>> _names_agencies("(l'agence Presse Méridienne)")
    True
    >>> _names_agencies("Jane Doe")
    False
    """
    parts = words(part.strip(" ()"))
    if not parts or len(parts) > MAX_AGENCY_CREDIT_WORDS:
        return False
    tokens = normalize(" ".join(parts)).split()
    named = frozenset(normalize(" ".join(w for w in parts if w[:1].isupper())).split())
    if not all(t in AGENCY_WORDS or t in AGENCY_FILLERS or t in named for t in tokens):
        return False
    if any_name and named:
        return True
    return not AGENCY_WORDS.isdisjoint(tokens) or any(_ACRONYM.fullmatch(w) for w in parts)


def _capitalised_name(parts: Sequence[str]) -> bool:
    """Tell whether words are a name: each capitalised, or a little word of a name
    ("La Gazette de Valmorin", "L'Écho du Vernois")."""
    return parts[0][:1].isupper() and all(
        w[:1].isupper() or normalize(w) in NAME_PARTICLES or normalize(w) in OF_WORDS for w in parts
    )


OUR_WORDS = folded_words(
    "our notre nos unser unsere unseren unserem unserer nuestro nuestra nuestros nuestras"
)
"""The site's possessive: what follows is the site's own."""
FROM_WORDS = folded_words("from by de par von vom desde por")
CORRESPONDENT_WORDS = folded_words(
    "correspondent correspondents reporter reporters envoy correspondant correspondante"
    " correspondants envoyé envoyée envoyés journaliste korrespondent korrespondentin"
    " korrespondenten reporterin corresponsal corresponsales enviado enviada reportero"
    " reportera"
)
"""A reporter sent to the place the story is filed from."""
CORRESPONDENT_FILLERS = (
    OUR_WORDS
    | FROM_WORDS
    | folded_words(
        "special spécial spéciale spéciaux sonderkorrespondent especial en in à a aus au aux"
        " the le la el"
    )
)
_PLACE_DASH = re.compile(r"^[^—–:]{1,40}\s[—–-]\s+")
MAX_CORRESPONDENT_WORDS = 12


def is_correspondent_credit(page: Page, index: int) -> bool:
    """The site's own correspondent credited instead of a name: "From our correspondent in
    Rome", "De notre envoyée spéciale à Lyon", "Von unserem Korrespondenten in Paris",
    "De nuestro corresponsal en Lisboa", after a place and a dash or not ("Vernois —
    De notre correspondante").

    At most twelve words, not a sentence: "from" (de, von, desde) and "our" (notre,
    unserem, nuestro) before a word for a correspondent or an envoy, then only a place
    (capitalised words after in, à, en). A story sentence about a correspondent says what
    they did and ends as a sentence.
    """
    line = page.paragraphs[index].strip()
    if page.word_count(index) > MAX_CORRESPONDENT_WORDS or not line or ends_sentence(line):
        return False
    tokens = page.tokens(index)
    if CORRESPONDENT_WORDS.isdisjoint(tokens) or OUR_WORDS.isdisjoint(tokens):
        return False
    credit = words(_PLACE_DASH.sub("", line))
    lead = normalize(" ".join(credit[:2])).split()
    if len(lead) < 2 or lead[0] not in FROM_WORDS or lead[1] not in OUR_WORDS:
        return False
    return all(
        normalize(w) in CORRESPONDENT_WORDS
        or normalize(w) in CORRESPONDENT_FILLERS
        or w[:1].isupper()
        for w in credit
    )


_CREDIT_LABEL = re.compile(
    r"(?i:text|texte|texto|words|story|reporting|recherche)(?:\s+(?:and|et|und|y|&)\s+"
    r"(?i:photos?|fotos?|bilder|images?|imágenes))?\s*:\s*(?P<names>\S.*)"
)
MAX_CREDIT_LABEL_WORDS = 12


def is_credit_label(page: Page, index: int) -> bool:
    """A byline written as a credit label above the story: "Text: Jana Roth", "Texto y
    fotos: Ana Gil", "Words: Sam Lee, Bo Chen".

    Before the story's first prose paragraph, a label of the writing (text, texte, texto,
    words, with "and photos" perhaps), a colon, and only names after it. "Text: the
    bill in full" names no one and stays.
    """
    if not page.in_header(index) or page.word_count(index) > MAX_CREDIT_LABEL_WORDS:
        return False
    line = page.paragraphs[index].strip()
    match = _CREDIT_LABEL.fullmatch(line) if ":" in line else None
    if match is None:
        return False
    names = [words(n) for n in BYLINE_PARTS.split(match["names"]) if n.strip()]
    return bool(names) and all(_is_name_like(n) for n in names)


def is_role_byline(page: Page, index: int) -> bool:
    """A byline without "By" above the story: a name and a role ("Jane Doe | Washington
    Bureau Chief", "Jana Petersen, Redakteurin Lokales", "Redacción · Valencia") or names
    and an agency note ("Camille Roux et Julien Besson (avec AFP)").

    Before the first prose paragraph; the role part holds a journalist's role word, or a
    parenthesis opening with "with"/"avec"/"mit"/"con" closes a line of names.
    """
    if not page.in_header(index) or page.word_count(index) > MAX_ROLE_BYLINE_WORDS:
        return False
    line = page.paragraphs[index].strip()
    if ends_sentence(line) and not line.endswith(")"):
        return False
    note = _AGENCY_NOTE.search(line)
    if note is not None:
        names = BYLINE_PARTS.split(line[: note.start()].strip())
        return all(_is_name_like(words(n)) for n in names if n.strip())
    parts = _ROLE_SPLIT.split(line, maxsplit=1)
    if len(parts) < 2:
        return False
    head, role = parts
    head_tokens, role_tokens = words(head), normalize(role).split()
    if not ROLE_WORDS.isdisjoint(normalize(head).split()):
        return len(head_tokens) <= 2 and len(role_tokens) <= 3
    return _is_name_like(head_tokens) and any(_is_role(t) for t in role_tokens)


def _is_role(token: str) -> bool:
    """A role word, or a German compound ending in one ("Wirtschaftsredakteurin")."""
    return token in ROLE_WORDS or token.endswith(_COMPOUND_ROLES)


_COMPOUND_ROLES = (
    "redakteur",
    "redakteurin",
    "korrespondent",
    "korrespondentin",
    "reporterin",
    "journalistin",
)


CONSENT_WORDS = folded_words("browser navigateur browser navegador")
EMAIL_WORDS = folded_words("email e mail correo courriel")
FIRST_PERSON_POSSESSIVES = folded_words("my mon ma mes mein meine meinen mi mis")


def is_comment_form_consent(page: Page, index: int) -> bool:
    """The comment form's consent box (WordPress, in every translation): "Save my name,
    email, and website in this browser for the next time I comment.", "Enregistrer mon
    nom, mon e-mail et mon site dans le navigateur …".

    A short line naming the reader's own ("my", "mon", "meinen", "mi") e-mail and a
    browser; a story's "The browser sends your email address to the server." stays.
    """
    if page.word_count(index) > MAX_READER_SENTENCE_WORDS:
        return False
    tokens = page.tokens(index)
    return not (
        CONSENT_WORDS.isdisjoint(tokens)
        or EMAIL_WORDS.isdisjoint(tokens)
        or FIRST_PERSON_POSSESSIVES.isdisjoint(tokens)
    )


SKIP_LINKS = PhraseRule(
    "skip_link",
    "Screen-reader skip links (WordPress and Drupal core strings, in their translations).",
    (
        r"skip to (?:the )?(?:main )?(?:content|navigation|article|footer|search|menu)",
        r"(?:aller|passer) (?:au|à la) (?:contenu|navigation|menu)(?: principal| principale)?",
        r"(?:direkt )?zu[mr] (?:inhalt|hauptinhalt|content|navigation|hauptnavigation|suche"
        r"|menü)(?: springen| wechseln)?",
        r"(?:saltar|ir|pasar) a(?:l| la) (?:contenido|navegación|menú)(?: principal)?",
        r"(?:jump|skip|go) to (?:the )?comments|(?:aller|passer) aux commentaires"
        r"|(?:direkt )?zu den kommentaren(?: springen)?|(?:ir|saltar) a los comentarios",
    ),
    max_words=6,
)
RIGHTS = PhraseRule(
    "rights_notice",
    "Reprint, licensing and reproduction-rights links.",
    (
        r"reprints?(?: (?:and|&)? ?permissions)?|permissions|licensing|syndication",
        r"droits de reproduction(?: et de diffusion)?|reproduction interdite",
        r"nutzungsrechte|rechte erwerben|lizenzen",
        r"derechos de reproducción|reproducción prohibida",
    ),
    max_words=5,
)
LOADING = PhraseRule(
    "loading_indicator",
    "A widget's loading text left in the page.",
    (
        r"loading(?: comments| more)?|chargement(?: en cours)?|wird geladen|cargando",
        r"(?:the )?(?:video )?player is loading|le lecteur(?: vidéo)? (?:se charge|est en cours"
        r" de chargement)|(?:der )?player wird geladen|cargando (?:el )?reproductor",
    ),
    max_words=6,
)
BADGES = PhraseRule(
    "badge",
    "Badges set beside the headline: exclusive, fact-checked, breaking, live.",
    (
        r"exclusive|exclusif|exclusive|exklusiv|exclusiva|exclusivo",
        r"fact[ -]?checked|vérifié|faktengeprüft|faktencheck|verificado|verified",
        r"breaking(?: news)?|eilmeldung|última hora|dernière minute|en direct|en vivo"
        r"|en directo|live(?: updates| blog|ticker)?|liveblog|developing(?: story)?",
    ),
    max_words=3,
)
SITE_MENU = PhraseRule(
    "site_menu",
    "The site's own menu, search and login buttons, alone on a line.",
    (
        r"menu|menü|menú|search|suche|rechercher|recherche|buscar|búsqueda|sections|rubriques"
        r"|ressorts|secciones|sign in|log in|login|se connecter|connexion|anmelden|einloggen"
        r"|iniciar sesión|acceder|open menu|close|fermer|schliessen|cerrar"
        r"|toggle (?:navigation|menu|search)|a a",
        r"audio|font size|text size|taille du texte|taille de police|schriftgrösse|textgrösse"
        r"|tamaño del texto|tamaño de letra|save|sauvegarder|merken|guardar",
    ),
    max_words=3,
)
AUTHOR_BOX = PhraseRule(
    "author_box",
    "The heading of the author's box under the story.",
    (
        r"about the authors?|(?:à propos de|a propos de|sur) l (?:auteure?|autrice)|l auteur"
        r"|l autrice",
        r"über (?:den autor|die autorin|die autoren)|zu[mr] (?:autor|autorin)",
        r"sobre (?:el autor|la autora|los autores)|acerca del autor",
    ),
    max_words=5,
)
_LABEL_MARK = re.compile(r"\s*[:–—]\s+|\s+-\s+")
MAX_AUTHOR_BIO_WORDS = 80


def is_author_bio(page: Page, index: int) -> bool:
    """The author's biography under the story, after the author box's heading on the same
    line or on the line above: "About the author: Jane Doe covers health for the Ledger.",
    "À propos de l'autrice : …", "Über den Autor – …", "Sobre la autora: …".

    From the story's last prose paragraph on (a biography is prose-shaped and would
    otherwise end the story, hiding the headlines above it): the line opens with a
    heading of the author-box family (:data:`AUTHOR_BOX`) and a colon or dash, or is a
    paragraph right under that heading. A story sentence naming an author ("The author
    of the report, Jane Doe, said …") has no heading before it and stays.
    """
    if index < page.last_prose or page.word_count(index) > MAX_AUTHOR_BIO_WORDS:
        return False
    line = page.paragraphs[index].strip()
    head = _LABEL_MARK.split(line, maxsplit=1)
    if len(head) == 2 and head[1] and AUTHOR_BOX.regex.fullmatch(normalize(head[0])):
        return True
    above = index - 1
    return (
        above >= 0
        and page.word_count(above) <= AUTHOR_BOX.max_words
        and AUTHOR_BOX.regex.fullmatch(page.normalized(above)) is not None
    )


SPONSOR_WORDS = folded_words(
    "paid sponsored presented powered brought sponsorisé sponsorisée présenté présentée proposé"
    " gesponsert präsentiert unterstützt patrocinado patrocinada presentado presentada"
    " ofrecido bereitgestellt partnership partenariat kooperation zusammenarbeit colaboración"
)
SPONSOR_LINKS = folded_words("by from with par avec von mit por con to you à vous")
MAX_SPONSOR_WORDS = 10
AD_WORDS_IN_LINE = (AD_WORDS - {"ad", "sponsored"}) | folded_words("annonce anuncios")
"""The advertisement nouns of :data:`AD_WORDS` as they are read anywhere in a line:
without "ad" and "sponsored", with "annonce" and the plural "anuncios"."""
MAX_AD_LINE_WORDS = 8
CONTINUE_WORDS = folded_words(
    "continue continues continued reading below after suite lecture lire après dessous"
    " weiter weiterlesen lesen unten nach continúa continua sigue leyendo leer tras después"
    " debajo abajo"
)
"""Where the story goes on after an advertisement ("continues below", "tras el anuncio")."""
INTERSTITIAL_NOUNS = folded_words(
    "ad ads message box banner promotion annonce encadré bannière hinweis kasten"
    " mensaje anuncio recuadro"
)
"""What a page sets inside its story, after which "the article continues"."""


def is_sponsor_credit(page: Page, index: int) -> bool:
    """A sponsor's credit or an advertisement notice in a few words: "Sponsored by Acme
    Bank", "Contenu proposé par …", "Präsentiert von …", "Story continues after the ad",
    "Continúa leyendo tras el anuncio".

    Not a sentence; a sponsoring word followed by "by" (par, von, por) within two words,
    or, in six words at most, an advertisement noun and a word saying the story goes on
    (continues, below, suite, weiter, tras), or the story itself (article, story,
    artículo) going on after what interrupts it (a message, a box, an ad, encadré,
    Hinweis, mensaje). So "The ad campaign was sponsored by the
    city." (a sentence) and "Anzeige gegen Unbekannt erstattet" (a police report) stay.
    """
    line = page.paragraphs[index].strip()
    if page.word_count(index) > MAX_SPONSOR_WORDS or line.endswith(STOPS):
        return False
    tokens = page.token_list(index)
    for i, token in enumerate(tokens[:-1]):
        if token in SPONSOR_WORDS and not SPONSOR_LINKS.isdisjoint(tokens[i + 1 : i + 3]):
            return True
    if len(tokens) > MAX_AD_LINE_WORDS or CONTINUE_WORDS.isdisjoint(tokens):
        return False
    if not AD_WORDS_IN_LINE.isdisjoint(tokens):
        return True
    # "The story continues after this message": what interrupts it, named with the story
    return not INTERSTITIAL_NOUNS.isdisjoint(tokens) and not ARTICLE_NOUNS.isdisjoint(tokens)


ARTICLE_SELF = folded_words(
    "article artikel beitrag noticia artículo nota favoris favorites favourites favoritos"
    " lesezeichen merkliste bookmark bookmarks"
)
"""The article itself, or the reader's list of saved articles, named by its buttons."""
DETERMINERS = folded_words(
    "a an the un une le la les l des du el los las una der die das ein eine dem den"
)
MAX_ARTICLE_BUTTON_WORDS = 4


def is_article_button(page: Page, index: int) -> bool:
    """A button acting on the article: "Gift this article", "Offrir cet article", "Artikel
    merken", "Guardar noticia", "Ajouter à mes favoris".

    Four words at most, no sentence, naming the article (or the reader's saved list) and
    not opening with an article word: a subheading is a noun phrase ("Un artículo
    polémico"), a button a verb and its object. A number makes it a law's article
    ("Article 49.3", "Artikel 5 des Grundgesetzes") and it stays.
    """
    line = page.paragraphs[index].strip()
    if page.word_count(index) > MAX_ARTICLE_BUTTON_WORDS or ends_sentence(line):
        return False
    tokens = page.token_list(index)
    return (
        len(tokens) >= 2
        and tokens[0] not in DETERMINERS
        and not any(t.isdigit() for t in tokens)
        and not ARTICLE_SELF.isdisjoint(tokens)
    )


PROMO_WORDS = SUBSCRIBER_WORDS | folded_words(
    "newsletter newsletters account membership member members free trial offer access"
    " journalism app alerts cookies cookie podcast podcasts pódcast pódcasts"
    " compte gratuit gratuite offre essai accès journalisme appli alertes lettre"
    " konto kostenlos gratis angebot zugang journalismus"
    " cuenta gratuito oferta acceso periodismo aplicación alertas boletín"
)
"""What a promotion sells: a subscription, an account, a newsletter, free access (not
any word of the interface: "email" and "article" are also a story's words, as in "Read
the original article.")."""
MAX_PROMO_WORDS = 30


def is_promo_paragraph(page: Page, index: int) -> bool:
    """A short paragraph selling to the reader: "Enjoying this story? Subscribe for $1 a
    week.", "This content is for members only. Become a member to keep reading.", "Il
    vous reste 78 % à découvrir.", "Apoya el periodismo local.".

    At most thirty words, no quotation marks, not ending with a colon (a story's "Click
    the link above so you can:"), and either a word of what is sold
    (:data:`PROMO_WORDS`: subscription, member, newsletter, account, free access) after
    the first with a word addressing the reader ("you", "vous", "Sie", "tu"), or what is
    sold (or a German compound of it: Lokaljournalismus) or a price with a sentence
    opening with an imperative (:data:`CTA_VERBS`; in
    German an infinitive may lead: "Weiterlesen mit …"); on a page whose story does not
    itself speak to the reader (an advice column's "Your email list will begin to grow"
    stays). A story's sentence about subscribers speaks of them, not to the reader, and
    stays. After the story's first prose paragraph only.
    """
    if page.in_header(index):
        return False  # a site's "Got a tip? Email …" above the story: site learning's
    line = page.paragraphs[index].strip()
    priced = not _CURRENCIES.isdisjoint(line) and _PRICE.search(line) is not None
    if not priced and not _sells(page.tokens(index)):
        return False  # nothing sold
    if page.word_count(index) > MAX_PROMO_WORDS or _QUOTES.search(line) or line.endswith(":"):
        return False
    tokens = page.token_list(index)
    sold = _sells(tokens[1:])
    if not (sold or priced) or page.speaks_to_reader:
        return False
    to_reader = not READER_WORDS.isdisjoint(tokens) or not FORMAL_YOU.isdisjoint(words(line)[1:])
    if sold and to_reader:
        return True
    return any(
        first in _CTA_WORDS
        for sentence in _SENTENCES.split(line)
        if (first := normalize(sentence).partition(" ")[0])
    )


_JOURNALISM_COMPOUND = re.compile(r"\w+journalismus")
"""German journalism with what kind it is (Lokaljournalismus, Qualitätsjournalismus)."""


def _sells(tokens: Collection[str]) -> bool:
    """Tell whether words name what a promotion sells (:data:`PROMO_WORDS`, or a German
    compound of journalism: "Unterstützen Sie Lokaljournalismus")."""
    return not PROMO_WORDS.isdisjoint(tokens) or any(
        # endswith first: a method call instead of a regular expression on every word
        t.endswith("journalismus") and _JOURNALISM_COMPOUND.fullmatch(t)
        for t in tokens
    )


ANSWER_WORDS = folded_words("yes no oui non ja nein sí si")
MAX_FEEDBACK_WORDS = 14


def is_feedback_widget(page: Page, index: int) -> bool:
    """A reader poll with its answer buttons: "Was this story useful? Yes No", "Cet
    article vous a-t-il été utile ? Oui Non", "War dieser Artikel hilfreich? Ja Nein".

    A short question followed only by yes/no words; a story's question is followed by
    a sentence, not by its buttons.
    """
    line = page.paragraphs[index].strip()
    if page.word_count(index) > MAX_FEEDBACK_WORDS or "?" not in line:
        return False
    answers = normalize(line.rpartition("?")[2]).split()
    return len(answers) >= 2 and all(a in ANSWER_WORDS for a in answers)


_YOU_ARE_HERE = re.compile(
    r"(?:you are here|vous êtes ici|sie sind hier|du bist hier|estás en|usted está aquí"
    r"|está usted en)\s*:\s*\S",
    re.IGNORECASE,
)
"""The label breadcrumb plugins print before the trail (Yoast, Breadcrumb NavXT, Drupal)."""


def is_breadcrumb_trail(page: Page, index: int) -> bool:
    """A breadcrumb introduced by its label: "You are here: Home / Local", "Vous êtes ici :
    Accueil / Lyon", "Sie sind hier: Startseite / Hamburg", "Estás en: Portada / Local".

    Before the story's first prose paragraph, the label, a colon and a trail that does
    not end like a sentence.
    """
    line = page.paragraphs[index].strip()
    return (
        page.in_header(index) and not ends_sentence(line) and _YOU_ARE_HERE.match(line) is not None
    )


MAX_KICKER_WORDS = 3
SCOOP_WORDS = folded_words(
    "info infos exclusive exclusif exclusivité scoop exklusiv exclusiva exclusivo primicia"
)
"""A label claiming a story for the site, before the site's name in capitals."""
MAX_SCOOP_LABEL_WORDS = 7


def is_kicker(page: Page, index: int) -> bool:
    """A label in capitals right under the headline: "BREAKING", "EN DIRECT", "ÚLTIMA
    HORA", "EXCLUSIV".

    Under the headline repeated at the top and before the story's first prose paragraph,
    at most three words, all in capitals, with no comma, digit or sentence mark: a
    dateline under a headline gives its region after a comma ("BAAR, SWITZERLAND") or is
    written in ordinary case ("Pittsburgh"), and stays. Anywhere above the story, a line
    in capitals of at most seven words opening with a word claiming the story ("INFO LA
    VIGIE", "EXCLUSIF LE COURRIER", "EXKLUSIV"), which a headline does not open with.
    """
    line = page.paragraphs[index].strip()
    if not page.in_header(index) or not line.isupper() or ends_sentence(line):
        return False
    count = page.word_count(index)
    if count <= MAX_SCOOP_LABEL_WORDS and normalize(line).split()[0] in SCOOP_WORDS:
        return True  # "INFO LA VIGIE", "EXCLUSIF LE COURRIER"
    return (
        0 <= page.title_position < index < page.first_prose
        and count <= MAX_KICKER_WORDS
        and "," not in line
        and not any(c.isdigit() for c in line)
        and not ends_sentence(line)
    )


ARTICLE_NOUNS = folded_words(
    "article story post piece artikel beitrag text artículo noticia nota reportaje suite"
    " fortsetzung articles stories artikeln beiträge artículos noticias artikels beitrags"
    " textes"
)
THIS_WORDS = folded_words("this cet cette ce dieser diesen dieses diese este esta")
FREE_WORDS = folded_words(
    "free gratuit gratuits gratuite gratuites kostenlos kostenlose kostenlosen kostenfreie"
    " kostenfreien gratis gratuito gratuitos gratuita gratuitas"
)
"""A metered paywall counts the free articles read ("3 of 5 free articles")."""
MAX_ARTICLE_NOTE_WORDS = 8


DISCLOSURE_WORDS = folded_words("affiliate affiliates affilié affiliés afiliados afiliado")
LINK_WORDS = folded_words("link links lien liens enlace enlaces")
MAX_DISCLOSURE_WORDS = 40
COMMISSION_WORDS = folded_words(
    "commission commissions provision comisión comisiones paid earn money revenue rémunérés"
    " rémunéré argent revenus geld verdienen einnahmen vergütung dinero ingresos ganar"
)
"""What the site gets from a purchase through its links."""


def is_disclosure(page: Page, index: int) -> bool:
    """An affiliate-link disclosure: "This article contains affiliate links.", "Cet article
    contient des liens affiliés.", "Dieser Artikel enthält Affiliate-Links.".

    A short paragraph naming affiliate links (an affiliate word and a link word), or the
    site as "we" earning a commission through links ("We may earn a commission when you
    buy through links on this page."); a story's "The affiliate network grew by a third"
    names no link, and "We were paid a commission on the links, the broker said"
    reports; both stay.
    """
    tokens = page.tokens(index)
    if page.word_count(index) > MAX_DISCLOSURE_WORDS or LINK_WORDS.isdisjoint(tokens):
        return False
    if not DISCLOSURE_WORDS.isdisjoint(tokens):
        return True
    # "We may earn a commission when you buy through links on this page."
    return (
        not COMMISSION_WORDS.isdisjoint(tokens)
        and not SITE_WORDS.isdisjoint(tokens)
        and REPORTING_VERBS.isdisjoint(tokens)
    )


def is_article_note(page: Page, index: int) -> bool:
    """A note about the article itself between or under its paragraphs: "Story continues",
    "La suite de l'article", "Was this article helpful?", "War dieser
    Artikel hilfreich?", "¿Te ha resultado útil este artículo?".

    After the story's first prose paragraph, at most eight words, not a sentence (a
    question aside), naming the article (article, story, Artikel, noticia, "la suite")
    with "this" before it (this, cet, dieser, este) or with a word addressing the reader
    ("Vous avez lu 3 articles gratuits sur 5") or counting free ones ("3 von 5 kostenlosen
    Artikeln gelesen"), or ending with it or with a word saying
    it goes on (continues, suite, unten, continúa); no quotation marks. So "But
    this story isn't about me.", "This post will discuss the following:", "Story
    continues below gallery" and a quotation naming "this story" stay.
    """
    if page.in_header(index) or page.word_count(index) > MAX_ARTICLE_NOTE_WORDS:
        return False
    tokens = page.token_list(index)
    nouns = [i for i, t in enumerate(tokens) if t in ARTICLE_NOUNS]
    if not nouns or _QUOTES.search(page.paragraphs[index]):
        return False
    line = page.paragraphs[index].rstrip()
    if line.endswith(":") or (ends_sentence(line) and not line.endswith("?")):
        return False
    if not CONTINUE_WORDS.isdisjoint(tokens):
        return tokens[-1] in CONTINUE_WORDS or tokens[-1] in ARTICLE_NOUNS
    if not READER_WORDS.isdisjoint(tokens) or not FORMAL_YOU.isdisjoint(words(line)[1:]):
        return True  # "You've read 3 of 5 free articles", "Sie haben 3 Artikel gelesen"
    if not FREE_WORDS.isdisjoint(tokens) and any(t.isdigit() for t in tokens):
        return True  # a metered paywall's count: "3 von 5 kostenlosen Artikeln gelesen"
    return any(i > 0 and tokens[i - 1] in THIS_WORDS for i in nouns)


SELF_NOUNS = ARTICLE_NOUNS | folded_words(
    "content contents video page report contenu vidéo reportage inhalt video seite bericht"
    " contenido vídeo página informe"
)
"""What a note above the story calls the page it sits on, after "this"."""
WARNING_WORDS = folded_words(
    "warning distressing disturbing graphic upsetting shocking offensive traumatic"
    " avertissement choquant choquante choquants choquantes heurter perturbant perturbante"
    " perturbantes sensibles violentes warnung triggerwarnung inhaltswarnung verstörend"
    " verstörende verstörenden belastend belastende belastenden drastische drastischen"
    " advertencia perturbador perturbadora perturbadoras impactantes herir"
)
"""Words of a content warning: the page may upset its reader."""
AGE_WORDS = folded_words(
    "old older ancien ancienne ancienneté alt älter antiguo antigua antigüedad date"
)
TIME_UNITS = folded_words(
    "year years month months an ans mois jahr jahre jahren monat monate monaten año años mes meses"
)
PUBLISHED_WORDS = folded_words(
    "published posted publié publiée paru parue ligne veröffentlicht erschienen erschien"
    " publiziert publicado publicada publicó"
)
_AGO = re.compile(r"\b(?:ago|il y a|vor|hace)\b")
MAX_AGE_NOTE_WORDS = 16
"""A note of the page's age is one short sentence; a story's opening is longer."""
MAX_ARTICLE_WARNING_WORDS = 30
MAX_SELF_REFERENCE_AT = 3


def is_article_warning(page: Page, index: int) -> bool:
    """A warning about the article above its story: "Warning: this report contains images
    some viewers may find upsetting", "Ce reportage contient des scènes choquantes.",
    "Achtung: Dieses Video zeigt verstörende Bilder.", "Este artículo tiene más de un año
    de antigüedad" (an age note: "This page is more than two years old").

    Above the story or as its first prose paragraph (a warning is often a full sentence):
    within its first words the line names the page itself ("this", "ce", "dieser",
    "este" before article, story, video, Inhalt, contenido), and it holds a word of
    warning (distressing, choquant, verstörend, perturbador) or says its age (a time
    unit with old, älter, ancien, "date"; or, in at most sixteen words, published that
    long ago: "Cet article a été publié il y a plus de trois ans", "Dieser Beitrag
    erschien vor fünf Jahren"). A story's opening sentence speaks of its
    subject, not of "this article"; "This story begins in a village twenty years ago"
    gives no age of the page and stays.
    """
    if index > page.first_prose or page.word_count(index) > MAX_ARTICLE_WARNING_WORDS:
        return False
    tokens = page.token_list(index)
    this = [
        i
        for i, t in enumerate(tokens[: MAX_SELF_REFERENCE_AT + 2])
        if t in THIS_WORDS and i + 1 < len(tokens) and tokens[i + 1] in SELF_NOUNS
    ]
    if not this or this[0] > MAX_SELF_REFERENCE_AT:
        return False
    rest = page.tokens(index)
    if not WARNING_WORDS.isdisjoint(rest):
        return True
    if TIME_UNITS.isdisjoint(rest):
        return False
    if not AGE_WORDS.isdisjoint(rest):
        return True
    return (  # "Cet article a été publié il y a plus de trois ans."
        page.word_count(index) <= MAX_AGE_NOTE_WORDS
        and not PUBLISHED_WORDS.isdisjoint(rest)
        and _AGO.search(page.normalized(index)) is not None
    )


OF_WORDS = folded_words("of de du des del der des von")
"""After "this article", a word that makes it an article of law ("cet article de loi")."""
EDITORIAL_STATES = folded_words(
    "updated corrected amended revised edited version series part"
    " actualisé actualisée corrigé corrigée modifié modifiée rectifié série partie inscrit"
    " aktualisiert korrigiert geändert ergänzt fassung serie teil reihe gehört"
    " actualizado actualizada corregido corregida modificado modificada versión parte"
    " pertenece print printed imprimée imprimé printausgabe druckausgabe gedruckten impresa"
    " translated condensed abridged shortened traduit traduite abrégé condensé übersetzt"
    " gekürzt editado editada traducido traducida acortado actualizará actualizando"
    " actualizándose"
)
"""What a note says the article is or underwent: updated, corrected, translated, part of a
series, or will undergo ("se actualizará")."""
UPDATE_PARTICIPLES = folded_words(
    "updated actualisé actualisée aktualisiert actualizado actualizada"
)
"""The participles that open an update note ("Updated at …"); all are editorial states."""
UPDATE_OPENERS = (
    SELF_NOUNS
    | THIS_WORDS
    | folded_words("was has been is a été est wurde ist fue ha sido se la el")
)
"""Words that may stand before the participle of an update note ("This story was")."""
UPDATE_LINKS = folded_words("at with on à avec le um mit am a las con el")
WITH_WORDS = folded_words("with avec mit con")
MAX_SELF_NOTE_WORDS = 30


def is_self_note(page: Page, index: int) -> bool:
    """A note about the article itself rather than the story's world: "This story was
    updated at 3:10 p.m. with …", "Cet article fait partie de notre série …", "Dieser
    Text wurde korrigiert.", "Correction: An earlier version of this article …".

    At most thirty words, no verb of reporting (said, dit, sagte, dijo), quotations set
    aside (a series' title in quotes): the line names the page as "this article" ("cet
    article", "dieser Beitrag", "esta noticia"; not "cet article de loi", "Artikel 3")
    and says what it underwent or belongs to (updated, corrigé, Teil, forma parte, an
    earlier version); or it opens with an update participle, only the page's own words
    before it ("Noticia actualizada", "Mis à jour"), then a time or "with" ("… at 3:10
    p.m.", "… avec la réaction …"). A story's "The report was updated in March with new
    figures" speaks of another document and stays, as does "This article of the
    constitution was amended in 1992".
    """
    if page.word_count(index) > MAX_SELF_NOTE_WORDS:
        return False
    token_set = page.tokens(index)
    if EDITORIAL_STATES.isdisjoint(token_set) and "jour" not in token_set:
        return False
    if not REPORTING_VERBS.isdisjoint(token_set):
        return False
    tokens = page.token_list(index)
    line = page.paragraphs[index]
    if _QUOTES.search(line):  # a series' title in quotes; the note must stand outside them
        unquoted = _QUOTED.sub(" ", line)
        if _QUOTES.search(unquoted):
            return False
        tokens = tuple(normalize(unquoted).split())
    normalized = " ".join(tokens)
    if _opens_update_note(normalized, tokens):
        return True
    if EDITORIAL_STATES.isdisjoint(tokens) and "mis à jour" not in normalized:
        return False
    return any(
        t in THIS_WORDS
        and tokens[i + 1] in SELF_NOUNS
        and (
            i + 2 == len(tokens) or (tokens[i + 2] not in OF_WORDS and not tokens[i + 2].isdigit())
        )
        for i, t in enumerate(tokens[:-1])
    )


def _opens_update_note(line: str, tokens: Sequence[str]) -> bool:
    if line.startswith("mis à jour "):
        at = 2
    else:
        at = next((i for i, t in enumerate(tokens[:5]) if t in UPDATE_PARTICIPLES), -1)
        if at < 0 or not all(t in UPDATE_OPENERS for t in tokens[:at]):
            return False
    follows = tokens[at + 1 : at + 2]
    if not follows or follows[0] not in UPDATE_LINKS or not any(c.isdigit() for c in line):
        return False
    # a live blog's bare "Updated at 1:23 p.m." stamps an entry of the story: the note names
    # the page ("This story was updated") or says what the update brought ("… with …")
    return not SELF_NOUNS.isdisjoint(tokens[:at]) or not WITH_WORDS.isdisjoint(tokens[at + 2 :])


WARNING_LABELS = folded_words(
    "warning attention avertissement achtung triggerwarnung inhaltswarnung inhaltshinweis"
    " aviso advertencia"
)
"""A content warning's label ("Content warning:", "Achtung:", "Aviso:")."""
WARNED_NOUNS = SELF_NOUNS | folded_words(
    "images scenes descriptions details footage content scènes images descriptions contenus"
    " témoignage récit texte bilder szenen schilderungen darstellungen inhalte imágenes"
    " escenas descripciones texto testimonio relato"
    " contenidos"
)
FOLLOWING_WORDS = folded_words("following suivant suivante folgenden folgende siguiente")
MAX_WARNING_LABEL_WORDS = 2
_WARNING_LABEL = re.compile(r"\s*([^\W\d_]+(?: [^\W\d_]+)?)\s*[:,–—]\s")


def is_content_warning(page: Page, index: int) -> bool:
    """A content warning under its label: "Warning: the following report contains
    descriptions of violence.", "Avertissement : certaines images peuvent heurter …",
    "Triggerwarnung: Im folgenden Text geht es um …", "Aviso: este vídeo contiene …".

    At most thirty words, no quotation marks: one or two words before a colon, comma or
    dash, one of them a warning word (warning, attention, Achtung, aviso), then words
    naming what the page shows (images, scènes, Bilder, this report, "the following
    text"). A story's "Warning: the river may flood tonight" names no content of the page
    and stays.
    """
    if page.word_count(index) > MAX_SELF_NOTE_WORDS:
        return False
    if WARNING_LABELS.isdisjoint(page.token_list(index)[:MAX_WARNING_LABEL_WORDS]):
        return False
    line = page.paragraphs[index]
    match = _WARNING_LABEL.match(line)
    if match is None or _QUOTES.search(line):
        return False
    label = normalize(match[1]).split()
    if WARNING_LABELS.isdisjoint(label):
        return False
    rest = normalize(line[match.end() :]).split()
    return not WARNED_NOUNS.isdisjoint(rest) or not FOLLOWING_WORDS.isdisjoint(rest)


JOURNALISM_STEMS = (
    "journalis",
    "reporter",
    "correspond",
    "redakt",
    "rédact",
    "redact",
    "editor",
    "columnist",
    "chroniqu",
    "periodis",
    "covers",
    "covered",
    "couvre",
    "cubre",
    "cubri",
)
BEATS = (
    "writes about",
    "reports on",
    "writes on",
    "écrit sur",
    "suit l",
    "suit les",
    "schreibt über",
    "berichtet über",
    "escribe sobre",
    "escribe de",
)
"""The beat a biography names ("… and writes about education")."""
_YEAR = re.compile(r"(?:19|20)\d\d")
MAX_BIO_SENTENCE_WORDS = 35
MAX_BIO_NAME_WORDS = 4


def is_journalist_bio(page: Page, index: int) -> bool:
    """The author's biography written as prose under the story: "Jane Doe has covered city
    hall for the Gazette since 2016.", "Marie Roux est journaliste au Courrier depuis 2014.",
    "Eva Braun ist seit 2019 Redakteurin im Lokalressort.", "Ana Gil es periodista …".

    Under the story, at most thirty-five words, no quotation marks and no verb of
    reporting: two to four capitalised words (a name) open the line and a verb follows at
    once, or follow an opening phrase naming the trade and a comma ("Reporter au service
    économie, Louis Marchal suit …"); the line holds a word of the trade (journalist,
    reporter, Redakteurin, periodista, covers) or a beat ("… writes about education",
    "… berichtet über Bildung"), and either a year or a name the story never mentions: a
    biography is about its author, not about someone in the story. A story's last
    paragraph about a journalist ("Jane Doe, a reporter since 2010, said …") reports
    speech or sets the name apart with a comma, and stays; "Jane Doe covered the trial"
    about a Jane Doe the story spoke of stays too.
    """
    if page.word_count(index) > MAX_BIO_SENTENCE_WORDS or page.in_header(index):
        return False
    if index < page.last_prose:
        return False
    line = page.paragraphs[index]
    tokens = page.token_list(index)
    if not REPORTING_VERBS.isdisjoint(tokens) or _QUOTES.search(line):
        return False
    normalized = page.normalized(index)
    if not any(stem in normalized for stem in JOURNALISM_STEMS) and not any(
        beat in normalized for beat in BEATS
    ):
        return False
    name = _bio_name(line)
    if name is None:
        return False
    return any(_YEAR.fullmatch(t) for t in tokens) or not _named_in_story(page, index, name)


def _bio_name(line: str) -> list[str] | None:
    """The capitalised words naming a biography's subject: opening the line and followed
    at once by a verb, or after an opening phrase that names the trade and a comma."""
    name = _leading_name(line)
    head, comma, rest = line.partition(",")
    if name is None and comma and any(stem in normalize(head) for stem in JOURNALISM_STEMS):
        return _leading_name(rest)
    return name


def _leading_name(line: str) -> list[str] | None:
    """Two to four capitalised words opening a line, followed by a word in lower case."""
    names = words(line)[: MAX_BIO_NAME_WORDS + 1]
    count = next((i for i, w in enumerate(names) if not w[:1].isupper()), len(names))
    if not 2 <= count <= MAX_BIO_NAME_WORDS or names[count - 1].endswith(","):
        return None
    return names[:count]


def _named_in_story(page: Page, index: int, name: Sequence[str]) -> bool:
    """Tell whether the story's other prose paragraphs name someone by this surname (a
    double-barrelled one whole: "Kessler-Sommer" is not the summer of "im Sommer")."""
    surname = f" {normalize(name[-1])} "
    return any(
        surname in f" {page.normalized(i)} "
        for i in range(len(page.paragraphs))
        if i != index and page.prose_at(i) and i not in page.removed
    )


_POLL = re.compile(
    r"(?P<label>[^\W\d_][^\w\s]?(?:[^\W\d_]| )*?)\s*[:|—–-]\s+"
    r"(?P<question>[^?]+\?)\s*(?P<tail>[^?.]*)"
)
VOTE_WORDS = folded_words(
    "vote votez voter votes abstimmen stimmen abstimmung vota votar votad participate"
    " participez participer participa participar mitmachen machen"
)
MAX_POLL_WORDS = 30
MAX_POLL_TAIL_WORDS = 6


def is_poll(page: Page, index: int) -> bool:
    """A reader poll: a label in capitals, a question, a call to answer it: "POLL: Should
    the centre go car-free? Vote!", "SONDAGE — Êtes-vous favorable … ? Votez !",
    "UMFRAGE: Sollte …? Stimmen Sie ab!", "ENCUESTA: ¿Debería …? Vota aquí".

    At most thirty words: the label (capitals only) before a colon or dash, then a
    question, then a few words that call to act (an imperative of :data:`CTA_VERBS`, a
    verb of voting, the reader addressed — "Have your say" — or a closing "!"). A
    story's subheading "ANALYSIS: Can the deal hold? Not for long" calls no one to act
    and stays.
    """
    if page.word_count(index) > MAX_POLL_WORDS:
        return False
    line = page.paragraphs[index].strip()
    if "?" not in line:
        return False
    if _is_quiz(line):
        return True
    match = _POLL.fullmatch(line)
    if match is None:
        return False
    label = match["label"]
    if label.upper() != label or sum(c.isalpha() for c in label) < 3:
        return False
    tail = normalize(match["tail"]).split()
    if not tail or len(tail) > MAX_POLL_TAIL_WORDS:
        return False
    if match["tail"].rstrip().endswith("!") or not READER_WORDS.isdisjoint(tail):
        return True  # "Vote!", "Have your say", "Donnez votre avis"
    return not (_CTA_WORDS | VOTE_WORDS).isdisjoint(tail)


QUIZ_WORDS = folded_words(
    "quiz quizz test poll survey sondage questionnaire umfrage abstimmung encuesta sondeo votación"
)
QUIZ_IMPERATIVES = folded_words(
    "take try do play faites fais testez jouez participez machen mach spielen haz haga juega"
    " participa"
)
QUIZ_LEADS = folded_words("our the notre le nos unser unseren unsere sie den das nuestro el la")
"""What may stand between the imperative and the quiz: "Take our quiz", "Machen Sie den
Test"."""
_QUIZ = re.compile(r"(?P<label>[^.:|—–-]{2,40}?)\s*[.:|—–-]\s+[^?]+\?\s*(?P<tail>.*)")
ANSWER_FILLERS = folded_words("not sure don t know sans avis weiss nicht no sé ns nc")
MAX_QUIZ_LABEL_WORDS = 4


def _is_quiz(line: str) -> bool:
    """A quiz or poll widget: a label naming it, alone or after an imperative ("Quiz:",
    "TEST.", "Try our quiz:", "Machen Sie den Test:"), then a question; or any short label,
    a question and the answers as buttons ("… ? Yes / No").

    A story's "Le test : combien de temps …?" names the test with an article and no
    imperative, gives no answers, and stays.
    """
    match = _QUIZ.fullmatch(line)
    if match is None:
        return False
    label = normalize(match["label"]).split()
    if not label or len(label) > MAX_QUIZ_LABEL_WORDS:
        return False
    tail = normalize(match["tail"]).split()
    if tail and all(t in ANSWER_WORDS or t in ANSWER_FILLERS for t in tail):
        return len(tail) >= 2  # the answers as buttons: "Oui / Non"
    if label[-1] not in QUIZ_WORDS or len(tail) > MAX_POLL_TAIL_WORDS:
        return False
    leads = label[1:-1]
    return len(label) == 1 or (label[0] in QUIZ_IMPERATIVES and all(t in QUIZ_LEADS for t in leads))


COPY_STEMS = (
    "reproduc",
    "reprodui",
    "republi",
    "redistribu",
    "nachdruck",
    "vervielfältig",
    "weiterverbreit",
    "weiterverwend",
    "verbreitung",
    "diffusion",
    "difusión",
)
PERMISSION_WORDS = folded_words(
    "permission consent authorisation authorization prohibited forbidden autorisation accord"
    " interdite interdit interdits interdites soumise genehmigung zustimmung erlaubnis"
    " untersagt verboten permiso autorización consentimiento prohibida prohibido prohíbe"
)
"""A reproduction notice restricts: only with permission, prohibited, subject to consent."""
PUBLISHER_WORDS = SELF_NOUNS | folded_words(
    "publisher publication material editor editors newsroom site website rédaction éditeur"
    " éditrice journal verlag verlages verlags redaktion herausgeber website editorial medio"
    " redacción periódico sitio web"
)
MAX_BARE_RIGHTS_WORDS = 8
_ALL_RIGHTS = re.compile(
    r"\b(?:all|tous|alle|todos)(?: (?:les|los|the))? (?:rights|droits|rechte|derechos)\b"
)
RESERVED_WORDS = folded_words("reserved réservés vorbehalten reservados")
_RESERVED_CLOSES = re.compile(
    r"(?:reserved|réservés|vorbehalten|reservados)(?:\s*[.,;|]|\s*$|\s+(?:à|to|a|für|por|by|par)\s)"
)
MAX_RIGHTS_NOTICE_WORDS = 30


def is_rights_notice(page: Page, index: int) -> bool:
    """A notice restricting reproduction: "No part of this publication may be reproduced
    without prior written consent.", "Toute reproduction interdite sans autorisation.",
    "Nachdruck nur mit Genehmigung des Verlags.", "Prohibida la reproducción de este
    contenido sin permiso del editor.".

    At most thirty words, no verb of reporting: a word of copying (reproduction,
    republish, Nachdruck, Vervielfältigung, difusión) and a word of permission or
    prohibition (consent, interdite, Genehmigung, prohibida), and either at most eight
    words or the publisher named as the one who permits (publisher, rédaction, Verlag,
    "this content"); or all rights said to be reserved ("Alle Rechte vorbehalten").
    A story's "Reproduction of the painting without the museum's consent was forbidden,
    the court ruled." names another owner and stays.
    """
    if page.word_count(index) > MAX_RIGHTS_NOTICE_WORDS:
        return False
    tokens = page.tokens(index)
    if not REPORTING_VERBS.isdisjoint(tokens):
        return False
    line = page.normalized(index)
    if not RESERVED_WORDS.isdisjoint(tokens) and _ALL_RIGHTS.search(line):
        # "Tous droits de reproduction réservés à …", "Alle Rechte vorbehalten, …"; never
        # a sentence that goes on ("All rights reserved is printed on every page …")
        return _RESERVED_CLOSES.search(page.paragraphs[index].lower()) is not None
    if PERMISSION_WORDS.isdisjoint(tokens) or not any(stem in line for stem in COPY_STEMS):
        return False
    return page.word_count(index) <= MAX_BARE_RIGHTS_WORDS or not PUBLISHER_WORDS.isdisjoint(tokens)


METER_FREE_WORDS = FREE_WORDS | folded_words(
    "freie freien gift gifts offrir offerts verschenken regalar regalo"
)
"""Free, or free to give: a gift-article meter counts the articles left to give too."""
METER_NOUNS = folded_words(
    "articles stories pieces articles artikel artikeln beiträge beiträgen artículos noticias notas"
)
EXHAUSTED_WORDS = folded_words(
    "limit limite límite kontingent quota contingent cupo tope all tous toutes alle todos"
    " todas used reached atteint épuisé erreicht aufgebraucht verbraucht agotado alcanzado"
    " consumido"
)
"""A meter's end said without its count: the limit reached, all the free articles read."""
MAX_METER_WORDS = 16


def is_article_meter(page: Page, index: int) -> bool:
    """A metered paywall's count, sentence or not: "You have read 4 of 6 free stories.",
    "Il vous reste 2 articles gratuits ce mois-ci.", "Sie haben 1 von 3 kostenlosen
    Artikeln gelesen. Jetzt Abo abschließen", "Te quedan 2 artículos gratis este mes.".

    At most sixteen words, no verb of reporting: a number, a word for free (free,
    gratuits, kostenlos, gratis) or for giving ("You can gift 3 more articles", "noch 2
    Artikel verschenken") and articles in the plural (stories, Artikel, noticias). The
    count may be replaced by the meter's end: a limit reached or all of them read ("Vous
    avez atteint votre limite d'articles gratuits", "Has agotado tus artículos gratis").
    A story's "The library lends 5 free e-books a month" counts no articles, and "The
    paper offers 10 free articles to students, the publisher said" reports; both stay.
    """
    if page.word_count(index) > MAX_METER_WORDS:
        return False
    tokens = page.tokens(index)
    if METER_FREE_WORDS.isdisjoint(tokens) or METER_NOUNS.isdisjoint(tokens):
        return False
    if not REPORTING_VERBS.isdisjoint(tokens):
        return False
    return any(t.isdigit() for t in tokens) or not EXHAUSTED_WORDS.isdisjoint(tokens)


PAID_WORDS = folded_words(
    "paid payant payante kostenpflichtig kostenpflichtiger kostenpflichtiges kostenpflichtige"
    " bezahlinhalt pago pagado"
)
"""Words saying the reader must pay for what follows."""
PAID_NOUNS = SELF_NOUNS | folded_words("inhalt inhalte artikel contenu contenus contenido")
PAID_FILLERS = folded_words("de du des the un une ein el la le")
PAID_BADGES = folded_words("payant kostenpflichtig bezahlinhalt")
MAX_PAID_LABEL_WORDS = 3


def is_paid_label(page: Page, index: int) -> bool:
    """A label saying the article or what follows is paid for: "Contenu payant",
    "Kostenpflichtiger Inhalt", "Contenido de pago", "Bezahlinhalt".

    At most three words, not a sentence, made only of a word of paying and a noun for
    the page (article, contenu, Inhalt, contenido). A subheading "Paid leave" names
    something else and stays.
    """
    if page.word_count(index) > MAX_PAID_LABEL_WORDS:
        return False
    tokens = page.token_list(index)
    if PAID_WORDS.isdisjoint(tokens) or page.paragraphs[index].rstrip().endswith(STOPS):
        return False
    if len(tokens) == 1:
        return tokens[0] in PAID_BADGES  # "Pago" alone may be a subheading: "Payment"
    return made_of(tokens, PAID_NOUNS, PAID_WORDS | PAID_FILLERS)


PERIOD_WORDS = folded_words(
    "day days week weeks month months year jour jours semaine semaines mois an tag tage tagen"
    " woche wochen monat monate monaten jahr día días semana semanas mes meses año"
)
OFFER_WORDS = (
    PROMO_WORDS
    | CTA_VERBS
    | CTA_VERBS_LAST
    | folded_words(
        "try essayez testez découverte engagement digital numérique abo digitalabo prueba pruebe"
        " suscripción digitale cancel anytime résiliable kündbar kündigen cancela cancelable"
        " permanencia"
    )
)
MAX_TRIAL_OFFER_WORDS = 16


def is_trial_offer(page: Page, index: int) -> bool:
    """A trial offer: a price for a period and a word that sells it: "Try All Access free
    for 14 days, then $4.99 a month", "Offre découverte : 1 € le premier mois", "Jetzt 4
    Wochen für 0,99 € testen", "Prueba un mes por 1 € y lee sin límites".

    At most sixteen words, not a sentence (no final full stop): a price, a period (days,
    mois, Wochen, meses) and a word of subscribing, trying or acting (:data:`PROMO_WORDS`,
    an imperative, essayez, testen, prueba). A story's subheading "Rents up €200 a month"
    sells nothing, and "The trial will last a month and cost $40,000." is a sentence; both
    stay.
    """
    if page.word_count(index) > MAX_TRIAL_OFFER_WORDS:
        return False
    line = page.paragraphs[index]
    if line.rstrip().endswith(".") or _PRICE.search(line) is None:
        return False
    tokens = page.tokens(index)
    return not PERIOD_WORDS.isdisjoint(tokens) and not OFFER_WORDS.isdisjoint(tokens)


SIGNED_IN_WORDS = folded_words(
    "logged signed registered connecté connectée connectés identifié identifiée angemeldet"
    " eingeloggt registriert registrado registrada identificado identificada"
)
"""Being logged in, as a state the form requires ("must be logged in", "estar registrado")."""
LOGIN_IMPERATIVES = LOGIN_WORDS | folded_words("connectez identifiez regístrate identifícate")
MAX_LOGIN_TO_COMMENT_WORDS = 16


def is_login_to_comment(page: Page, index: int) -> bool:
    """The comment form's login notice: "You must be logged in to post a comment.",
    "Connectez-vous pour réagir à cet article.", "Um kommentieren zu können, müssen Sie
    angemeldet sein.", "Para comentar es necesario estar registrado.".

    After the story began, at most sixteen words, no verb of reporting: a comment word
    (comment, réagir, kommentieren, comentar) and being logged in as a state (logged,
    connecté, angemeldet, registrado) or a login imperative first ("Inicia sesión",
    "Connectez-vous"). A story's "Los vecinos que quieran comentar el plan deben
    registrarse en el ayuntamiento." asks residents to register, not the reader, and
    stays.
    """
    if page.in_header(index) or page.word_count(index) > MAX_LOGIN_TO_COMMENT_WORDS:
        return False
    tokens = page.tokens(index)
    if COMMENT_WORDS.isdisjoint(tokens) or not REPORTING_VERBS.isdisjoint(tokens):
        return False
    return not SIGNED_IN_WORDS.isdisjoint(tokens) or page.token_list(index)[0] in LOGIN_IMPERATIVES


REVIEW_PARTICIPLES = folded_words(
    "reviewed checked verified fact checked vérifié vérifiée vérifiés relu relue geprüft"
    " überprüft verifiziert revisado revisada verificado verificada comprobado comprobada"
)
REVIEW_LINKS = folded_words("by par von vom por")
REVIEW_TEAMS = folded_words(
    "team desk unit cell department staff newsroom editors équipe cellule service pôle"
    " rédaction team redaktion ressort abteilung equipo redacción unidad mesa departamento"
    " sección faktencheck factcheck verification vérification verificación chequeo"
    " verifikation"
)
"""What a fact-checking credit names instead of a person: the desk or team that checked."""
MAX_DESK_NAME_WORDS = 3
REVIEW_DETERMINERS = folded_words(
    "the our la le l les notre nos el nuestra nuestro los las der die dem unserem unserer"
    " unser unsere"
)
REVIEW_NOUNS = folded_words("review relecture vérification prüfung überprüfung revisión")
MAX_REVIEW_CREDIT_WORDS = 16


def is_review_credit(page: Page, index: int) -> bool:
    """An expert's review credit above the story: "Medically reviewed by Jane Roe, MD",
    "Article relu par Paul Meunier, médecin", "Fachlich geprüft von Dr. Eva Sommer",
    "Revisado por la doctora Ana Lluch".

    Above the story, at most sixteen words, not a sentence: a participle of reviewing
    (reviewed, vérifié, relu, geprüft, revisado) directly before "by" (par, von, por), and
    a name after it (a capitalised word, titles such as "Dr.", "le docteur" aside); or a
    label with a review noun, a colon and a name ("Relecture médicale : Dr Anne Roussel").
    A fact-checking desk stands for the name ("Verified by our Fact Desk", "Vérifié par
    la cellule …", "Noticia verificada por el equipo de …"). A subheading "Reviewed by the
    council in May" names no person and no desk and stays.
    """
    if not page.in_header(index) or page.word_count(index) > MAX_REVIEW_CREDIT_WORDS:
        return False
    line = page.paragraphs[index]
    label, colon, name = line.partition(":")
    if colon and not REVIEW_NOUNS.isdisjoint(normalize(label).split()):
        after = [w for w in words(name) if w.lower() not in _TITLES]
        return bool(after) and after[0][:1].isupper()  # "Revisión médica: Dra. Ana Ruiz"
    if ends_sentence(line):
        return False
    parts = [normalize(w) for w in words(line)]
    at = next(
        (
            i
            for i in range(1, len(parts))
            if parts[i] in REVIEW_LINKS and parts[i - 1].rpartition(" ")[2] in REVIEW_PARTICIPLES
        ),
        -1,
    )
    return at > 0 and _names_reviewer(words(line)[at + 1 :])


def _names_reviewer(after: Sequence[str]) -> bool:
    """Tell whether the words after "reviewed by" name a person or a checking desk: a
    capitalised word first (titles such as "Dr." aside), or, after determiners and
    possessives, a team word within the desk's name ("by our Fact Desk", "by the Ledger
    Verify desk", "par la cellule", "vom Faktencheck-Team", "por el equipo de Datos").

    >>> _names_reviewer(["the", "council", "in", "May"])
    False
    >>> _names_reviewer(["l'équipe", "Vrai", "ou", "Faux"])
    True
    """
    named = [w for w in after if w.lower() not in _TITLES]
    if named and named[0][:1].isupper():
        return True
    rest = normalize(" ".join(named)).split()
    skip = 0
    while skip < len(rest) and rest[skip] in REVIEW_DETERMINERS:
        skip += 1
    return not REVIEW_TEAMS.isdisjoint(rest[skip : skip + MAX_DESK_NAME_WORDS + 1])


_TITLES = frozenset(
    "le la el der die dr dr. docteur docteure doctora doctor professeur prof. professor".split()
)
"""Words that may stand between "reviewed by" and the reviewer's name."""


PROMO_STEMS = (
    "newsletter",
    "inbox",
    "postfach",
    "bandeja de entrada",
    "boîte mail",
    "boîte de réception",
    "notification",
    "benachrichtigung",
    "push-mitteilung",
    "notificacion",
    "unlimited",
    "illimité",
    "unbegrenzt",
    "ilimitado",
    "sponsor",
    "gesponsert",
    "patrocinad",
)
"""Word beginnings of what a site pushes and nothing else names: newsletters, inboxes,
notifications, unlimited access, sponsored content. (Apps, alerts, subscribers, free
buses and registered voters are also a story's words.)"""
_PROMO_STEM = re.compile(r"\b(?:" + "|".join(PROMO_STEMS) + r")", re.IGNORECASE)
MAX_PROMO_LINE_WORDS = 15


def is_promo_line(page: Page, index: int) -> bool:
    """A line pushing the site's products between or under the story's paragraphs:
    "Never miss a story: sign up for our daily email", "Die Schlagzeilen direkt ins
    Postfach", "Accès illimité pour 1 €", "Contenidos patrocinados".

    After the story's first prose paragraph, at most fifteen words, not a sentence (no
    final full stop; a question or a colon may be in it), naming a newsletter, an inbox,
    notifications, unlimited access or sponsored content (:data:`PROMO_STEMS`); no
    quotation marks. A story's sentence about a newsletter ends with a full stop and
    stays; a deals page's "AirPods Pro for $235" names no such thing and stays too.
    """
    if page.in_header(index) or page.word_count(index) > MAX_PROMO_LINE_WORDS:
        return False
    line = page.paragraphs[index].strip()
    if line.endswith((".", "!")) or _QUOTES.search(line):
        return False
    lowered = line.lower()
    if not any(stem in lowered for stem in PROMO_STEMS):
        return False
    stems = [m for m in _PROMO_STEM.finditer(line) if not _in_a_name(line, m.start())]
    if not stems:
        return False
    if any(m.group().lower() not in STORY_PROMO_STEMS for m in stems):
        return True  # an inbox, unlimited access: only a site offers those
    return _pushes(page, index, line)


STORY_PROMO_STEMS = frozenset(
    "newsletter notification benachrichtigung push-mitteilung notificacion sponsor".split()
)
"""Stems a story's own subheading may name ("A newsletter that divides the school",
"Sponsor pulls out"): such a line is a promotion only when it also pushes."""
MAX_PROMO_LABEL_WORDS = 3


def _pushes(page: Page, index: int, line: str) -> bool:
    """A short line that pushes something at the reader: a label of a few words
    ("Newsletter", "Contenido patrocinado"), or a line that addresses the reader or speaks
    as the site, calls to act, names a price, or introduces with a colon, a dash or an
    arrow ("Newsletter Politik – jeden Freitag")."""
    tokens = page.tokens(index)
    return (
        page.word_count(index) <= MAX_PROMO_LABEL_WORDS
        or not READER_WORDS.isdisjoint(tokens)
        or not SITE_WORDS.isdisjoint(tokens)
        or not CTA_VERBS.isdisjoint(tokens)
        or not CTA_VERBS_LAST.isdisjoint(tokens)
        or _READER_ADDRESS.search(line) is not None
        or _PRICE.search(line) is not None
        or any(mark in line for mark in (":", "→", "›", "»", "▸", "|", " – ", " — ", " - "))
    )


def _in_a_name(line: str, at: int) -> bool:
    """A capitalised word after a capitalised word: part of a name ("Music Unlimited")."""
    before = line[:at].split()
    return line[at].isupper() and bool(before) and before[-1][:1].isupper()


def is_author_line(page: Page, index: int) -> bool:
    """An author's note under the story (:func:`is_author_note`)."""
    return index > page.last_prose and is_author_note(page.paragraphs[index])


SITE_WORDS = OUR_WORDS | folded_words("we ours us nous wir uns unseres nosotros")
"""The site speaking of itself: first person plural."""
REPORTING_VERBS = folded_words(
    "said says told asked added dit déclaré affirmé indiqué expliqué sagte sagt erklärte"
    " betonte dijo afirmó explicó aseguró señaló"
)
MAX_SITE_VOICE_WORDS = 25
_IMPERATIVE_US = re.compile(r"[^\W\d_]*[áéíóú][^\W\d_]*nos")
"""A Spanish imperative with "nos" attached, stressed with an accent ("apóyanos",
"síguenos", "escríbenos") that opens a sentence."""


_NAMED_PRODUCT = re.compile(
    r"\b(?:podcast|newsletter|app|appli|application|channel|chaîne|kanal|canal|show"
    r"|émission|sendung|programa|boletín|série|serie|series)s?\s+"
    r"(?:„[^“”]*[“”]|«[^»]*»|“[^”]*”|\"[^\"]*\"|»[^«]*«)",
    re.IGNORECASE,
)
"""A product of the site named in quotation marks ("our podcast „Am Abend“"): a name,
not quoted speech."""


def is_site_voice(page: Page, index: int) -> bool:
    """The site speaking to its reader: "We want to hear from you. Share your story with
    us.", "Stay informed with our free app", "Nous voulons vous entendre. Partagez votre
    témoignage.".

    After the story's first prose paragraph, at most twenty-five words, no quotation
    marks (but those around the name of its podcast, newsletter or app) and no verb of
    reporting (said, dit, sagte, dijo): the site speaks as "we" /
    "our" (nous, wir, unser, nuestro) with an imperative (:data:`CTA_VERBS`) or of what
    it offers (:data:`PROMO_WORDS`), on a page whose story does not itself speak to the
    reader. A story's "We will keep the channel open, a senior official said." reports
    speech, and a blog's "We hope to see you soon!" offers nothing: both stay.
    """
    if page.in_header(index) or page.word_count(index) > MAX_SITE_VOICE_WORDS:
        return False
    tokens = page.tokens(index)
    if not REPORTING_VERBS.isdisjoint(tokens):
        return False
    if SITE_WORDS.isdisjoint(tokens) and "nos" not in page.normalized(index):
        return False
    line = page.paragraphs[index].strip()
    firsts = [f for sentence in _SENTENCES.split(line) if (f := normalize(sentence).split()[:1])]
    clitic = any(_IMPERATIVE_US.fullmatch(f[0]) for f in firsts)  # "Apóyanos", "Síguenos"
    if SITE_WORDS.isdisjoint(tokens) and not clitic:
        return False
    if _QUOTES.search(_NAMED_PRODUCT.sub("", line)) or page.speaks_to_reader:
        return False
    opens_with_verb = clitic or any(f[0] in _CTA_WORDS for f in firsts)
    return opens_with_verb or not PROMO_WORDS.isdisjoint(tokens)


HOUSE_RULES = folded_words(
    "netiquette guidelines charter charte leitlinien richtlinien nutzungsbedingungen"
    " datenschutzerklärung"
)
"""Nouns that, in the site's voice, can only be its rules for readers."""
RULE_NOUNS = folded_words(
    "rules policy policies standards principles criteria terms conditions code values règles"
    " politique principes critères conditions valeurs normes regeln grundsätze standards"
    " bedingungen werte normas criterios política principios reglas condiciones estándares"
    " valores"
)
RULE_QUALIFIERS = folded_words(
    "editorial éditoriale éditoriales éditoriaux redaktionellen redaktionelle redaktionelles"
    " editoriales community communauté comunidad comment comments commenting commentaires"
    " commentaire kommentare kommentar comentarios comentario moderation modération moderación"
    " participation participación privacy confidentialité datenschutz privacidad cookie"
    " cookies use utilisation nutzung uso house ethics éthique déontologie deontología ethik"
    " conduct conduite conducta correction corrections rectification rectificaciones"
    " corrección korrekturen transparency transparence transparencia debate débat diskussion"
    " discussion"
)
"""What a site's rules govern: comments, its editorial work, privacy."""
_HOUSE_COMPOUND = re.compile(
    r"(?:kommentar|community|nutzungs|datenschutz|haus|diskussions|forum|redaktions"
    r"|moderations)(?:regeln|richtlinien|leitlinien|grundsätze|standards|bedingungen)"
)
RULES_WINDOW = 3
MAX_SITE_POLICY_WORDS = 16


def is_site_policy(page: Page, index: int) -> bool:
    """The site pointing to its own rules: "Please read our community guidelines before
    posting.", "Consultez notre charte des commentaires.", "Es gelten unsere
    Kommentarregeln.", "Lee nuestras normas de participación", or a line under such rules'
    label ("Comment rules: ...", "Normas de participación: ...").

    After the story's first prose paragraph, at most sixteen words, no quotation marks and
    no verb of reporting: within three words after "our" (notre, unsere, nuestras) comes a
    noun that can only be a site's rules (guidelines, charte, Netiquette, a compound such
    as Kommentarregeln), or a noun of rules (rules, principes, Grundsätze, normas) with
    what they govern (comments, editorial work, moderation, privacy) beside it. A label
    of such rules before a colon needs no "our". "Our rules on parking are the strictest
    in the region" governs parking, not the site, and stays.
    """
    if page.in_header(index) or page.word_count(index) > MAX_SITE_POLICY_WORDS:
        return False
    token_set = page.tokens(index)
    label, colon, _ = page.paragraphs[index].partition(":")
    labelled = bool(colon) and len(label.split()) <= RULES_WINDOW
    if OUR_WORDS.isdisjoint(token_set) and not labelled:
        return False
    if not REPORTING_VERBS.isdisjoint(token_set) or _QUOTES.search(page.paragraphs[index]):
        return False
    if labelled and _names_house_rules(normalize(label).split()):
        return True
    tokens = page.token_list(index)
    return any(
        _names_house_rules(tokens[i + 1 : i + 1 + RULES_WINDOW + 2])
        for i, t in enumerate(tokens)
        if t in OUR_WORDS
    )


def _names_house_rules(tokens: Sequence[str]) -> bool:
    """Tell whether a few words name a site's rules for its readers ("community
    guidelines", "charte de modération", "Kommentarregeln", "normas de participación").

    >>> _names_house_rules(["rules", "on", "parking"])
    False
    >>> _names_house_rules(["normas", "de", "la", "comunidad"])
    True
    """
    head = tokens[:RULES_WINDOW]
    if not HOUSE_RULES.isdisjoint(head) or any(_HOUSE_COMPOUND.fullmatch(t) for t in head):
        return True
    return not RULE_NOUNS.isdisjoint(head) and not RULE_QUALIFIERS.isdisjoint(tokens)


DONATE_VERBS = folded_words(
    "donate give chip contribute donnez contribuez spenden spende spendet dona donar contribuye"
)
"""Verbs of the appeal for money that closes a pitch ("Donate today.")."""
CLOSING_FILLERS = PLACE_WORDS | folded_words(
    "now today free here jetzt heute kostenlos gratis hier maintenant aujourd hui gratuitement"
    " ici ahora hoy gratis aquí ya"
)
PITCH_WORDS = (
    SITE_WORDS
    | READER_WORDS
    | PROMO_WORDS
    | folded_words(
        "every each weekday weekdays chaque tous jeden jede jedem werktag cada todos readers"
        " lecteurs leser lectores"
    )
)
"""What the first sentences of a pitch hold: the site, the reader, what is sold, a
schedule, the readers counted."""
_CLAUSES = re.compile(r"(?<=[.!?,:])\s+(?=\S)")
MAX_CLOSING_CALL_WORDS = 30
MAX_CLOSING_CALL_CLAUSE_WORDS = 4
MAX_CLOSING_CALL_TAIL = 8
"""The call's verb is among the line's last eight words (four, and fillers)."""
_CALL_FIRST = CTA_VERBS | DONATE_VERBS | {"faites"}
_CALL_WORDS = _CALL_FIRST | CTA_VERBS_LAST


def is_closing_call(page: Page, index: int) -> bool:
    """A pitch that ends with a call to act: "The Morning Brief: the day's news, every
    weekday at 6 a.m. Subscribe", "Der Abend-Newsletter, jeden Freitag. Jetzt kostenlos
    abonnieren", "Readers like you keep us independent. Donate today.", "Pour nous
    soutenir, faites un don.".

    After the story began, at most thirty words, no quotation marks and no verb of
    reporting, on a page whose story does not itself speak to the reader: the last
    sentence or clause is a short imperative (:data:`CTA_VERBS`, a German infinitive
    last, a verb of donating) with at most "now", "free", "here" beside it, and the words
    before it pitch (the site as "we", the reader as "you", a newsletter or an offer, a
    schedule such as "every weekday", readers counted). A story's "Registration opens on
    Monday at the town hall. Sign up early." pitches nothing before its call, and stays.
    """
    if page.in_header(index) or page.word_count(index) > MAX_CLOSING_CALL_WORDS:
        return False
    if _CALL_WORDS.isdisjoint(page.token_list(index)[-MAX_CLOSING_CALL_TAIL:]):
        return False
    line = page.paragraphs[index].strip()
    clauses = _CLAUSES.split(line)
    if len(clauses) < 2 or _QUOTES.search(line) or page.speaks_to_reader:
        return False
    call = [t for t in normalize(clauses[-1]).split() if t not in CLOSING_FILLERS]
    if not call or len(call) > MAX_CLOSING_CALL_CLAUSE_WORDS:
        return False
    if call[0] not in _CALL_FIRST and call[-1] not in CTA_VERBS_LAST:
        return False
    before = set(normalize(" ".join(clauses[:-1])).split())
    return REPORTING_VERBS.isdisjoint(before) and not PITCH_WORDS.isdisjoint(before)


ERROR_WORDS = folded_words(
    "error errors mistake mistakes typo typos inaccuracy erreur erreurs coquille coquilles"
    " faute fautes inexactitude fehler tippfehler rechtschreibfehler error errores errata"
    " erratas"
)
"""What a reader may find wrong in an article."""
REPORT_VERBS = folded_words(
    "report tell flag spotted spot found noticed seen signaler signalez signale repéré repérée"
    " trouvé constaté vu melden mitteilen entdeckt gefunden bemerkt gesehen schreiben"
    " comunicar comunica comunícanos notificar notifica reportar reporta informar informa"
    " avisar avisa avísanos visto detectado encontrado"
)
"""Verbs of finding an error and reporting it: imperatives, infinitives, participles."""
MAX_ERROR_PROMPT_WORDS = 12
MAX_ERROR_BUTTON_WORDS = 5


def is_error_prompt(page: Page, index: int) -> bool:
    """A prompt to report an error in the article: "Spotted a mistake? Tell us", "Une
    coquille ? Signalez-la", "Fehler gefunden? Schreiben Sie uns", "Notificar un error".

    Short, not ended by a full stop, no quotation marks; an error word (mistake, coquille,
    Fehler, errata) and a verb of finding or reporting it (spotted, signaler, entdeckt,
    comunicar), in a question, beside a word addressing the reader or the site (you,
    us, Sie, nous), or as a button of five words at most that opens or closes with the
    verb. A story's subheading states a fact ("Bahn meldet Fehler im Stellwerk": the
    verb is conjugated, "Was it a mistake?": no verb of finding) and stays.
    """
    line = page.paragraphs[index].strip()
    if (
        page.word_count(index) > MAX_ERROR_PROMPT_WORDS
        or line.endswith(".")
        or _QUOTES.search(line)
    ):
        return False
    tokens = page.token_list(index)
    if ERROR_WORDS.isdisjoint(tokens) or REPORT_VERBS.isdisjoint(tokens):
        return False
    if "?" in line or not ADDRESSED.isdisjoint(tokens) or not FORMAL_YOU.isdisjoint(words(line)):
        return True
    return len(tokens) <= MAX_ERROR_BUTTON_WORDS and (
        tokens[0] in REPORT_VERBS or tokens[-1] in REPORT_VERBS
    )


EXTERNAL_WORDS = folded_words(
    "external embedded externe externes tiers intégré extern externer externen"
    " externe drittanbieter drittanbietern eingebetteter eingebettete externo externos terceros"
    " tercero"
)
"""Content a page embeds from elsewhere (a video, a post, a map)."""
CONSENT_VERBS = folded_words(
    "consent accept allow enable agree zustimmen zustimmung stimmen einwilligen einwilligung"
    " akzeptieren aktivieren erlauben freigeben accepter acceptez autoriser autorisez activer"
    " activez consentement consentir aceptar acepta permitir permite activar activa"
    " consentimiento accepted agreed einverstanden stimme akzeptiert accepté acceptées"
    " aceptado rechazado refusé abgelehnt declined rejected click klick clic"
)
DISPLAY_VERBS = folded_words(
    "view display show load see watch play anzeigen anzuzeigen laden sehen ansehen anzusehen"
    " anschauen anzuschauen abspielen abzuspielen afficher voir charger regarder lire ver"
    " mostrar cargar visualizar reproducir showing shown displayed loaded angezeigt geladen"
    " affiché affichés muestra mostrado verlo mostrarlo"
)
EMBED_NOUNS = folded_words(
    "content contents video post posts embed media element contenu contenus vidéo publication"
    " élément média médias inhalt inhalte video beitrag element medien contenido contenidos"
    " vídeo publicación elemento"
)
"""What is embedded: it stands next to its "external" word ("contenu externe", "Inhalte von
Drittanbietern", "third-party content")."""
POLITE_WORDS = folded_words("please bitte veuillez favor")
EMBED_PLATFORMS = folded_words("youtube instagram tiktok")
"""Platforms whose posts a page embeds: their name stands for "external" ("contenido de
YouTube")."""
MAX_EMBED_NOTICE_WORDS = 40


def is_embed_placeholder(page: Page, index: int) -> bool:
    """The placeholder of an embedded post or video that waits for the reader's consent:
    "External content: to see this post, please enable third-party content",
    "Contenu externe. Pour afficher la vidéo, acceptez les traceurs.", "Externer
    Inhalt: Um ihn anzuzeigen, stimmen Sie bitte zu.", "Contenido externo: para verlo,
    permite el contenido de terceros".

    Without quotation marks, it names content from elsewhere (external, tiers,
    Drittanbieter, terceros, within two words of content, video, Inhalt), asks consent
    (allow, accepter, zustimmen, permitir) to display it (view, afficher, anzeigen, ver),
    and addresses the reader (you, vous, Sie, please, bitte, an imperative such as
    "acéptalo") or speaks as the reader consenting ("Ich stimme zu, dass mir Inhalte
    von Drittanbietern angezeigt werden"). A platform's name may stand for "external"
    ("un vídeo de YouTube"), and a click for consent. A story about an app that
    must ask users' consent to show third-party ads speaks of users, not to the reader,
    and stays; so does "The external auditors asked to see the accounts, you could say"
    (no content is embedded).
    """
    if page.word_count(index) > MAX_EMBED_NOTICE_WORDS:
        return False
    normalized = page.normalized(index)
    if not any(stem in normalized for stem in _EXTERNAL_STEMS):
        return False
    line = page.paragraphs[index]
    tokens = page.tokens(index)
    consents = not CONSENT_VERBS.isdisjoint(tokens) or any(
        _CONSENT_IMPERATIVE.fullmatch(t) for t in tokens
    )
    if not consents or DISPLAY_VERBS.isdisjoint(tokens):
        return False
    if (
        EXTERNAL_WORDS.isdisjoint(tokens)
        and EMBED_PLATFORMS.isdisjoint(tokens)
        and "third party" not in page.normalized(index)
    ):
        return False
    if _QUOTES.search(line) or not _names_embed(page.token_list(index)):
        return False
    return (
        not POLITE_WORDS.isdisjoint(tokens)
        or not READER_WORDS.isdisjoint(tokens)
        or not CONSENTING_SELF.isdisjoint(tokens)
        or not FORMAL_YOU.isdisjoint(words(line)[1:])
        or any(_CONSENT_IMPERATIVE.fullmatch(t) for t in tokens)
    )


RECOMMENDED_WORDS = folded_words(
    "recommended recommandé recommandée empfohlener empfohlene empfohlenen recomendado recomendada"
)
EDITORIAL_WORDS = folded_words(
    "editorial éditorial éditoriale redaktioneller redaktionelle redaktionellen editoriales"
)
LABEL_ORIGINS = EXTERNAL_WORDS | RECOMMENDED_WORDS | EDITORIAL_WORDS | folded_words("third party")
MAX_EMBED_LABEL_WORDS = 4
PRIVACY_STEMS = (
    "privacy",
    "cookie",
    "consent",
    "confidentialit",
    "datenschutz",
    "einwilligung",
    "privacidad",
    "consentimiento",
    "setting",
    "preference",
    "paramètre",
    "préférence",
    "einstellung",
    "configuraci",
    "preferencia",
)
"""Stems of the reader's privacy choices that keep an embed from showing."""
_UNAVAILABLE = re.compile(
    r"\b(?:not (?:be )?(?:available|shown|displayed|loaded)|cannot be|can t be|blocked"
    r"|(?:n est|ne peut) pas|indisponible|bloqu|nicht (?:verfügbar|angezeigt|geladen)"
    r"|blockiert|gesperrt|no (?:está|se puede|es posible|disponible)|bloquead)"
)
YOUR_POSSESSIVES = folded_words("your votre vos ihrer ihre ihren ihrem tu tus su sus")
MAX_BLOCKED_EMBED_WORDS = 30


def is_embed_notice(page: Page, index: int) -> bool:
    """What stands in place of an embedded post or video: its label ("External content",
    "Contenu éditorial recommandé", "Externer Inhalt", "Contenido externo"), or the notice
    that the reader's privacy choices keep it from showing ("This embed cannot be shown
    because of your consent choices.", "Dieser Inhalt ist aufgrund Ihrer
    Datenschutzeinstellungen nicht verfügbar.").

    A label: at most four words, not a sentence, made of a noun for what is embedded
    (content, contenu, Inhalt, video, post) and words of its origin, one of them external
    or recommended (externe, empfohlener, recomendado). A notice: at most thirty words,
    no quotation marks, the content it names, "not available" or "blocked" in one of the
    four languages, and the reader's own settings ("your privacy preferences", "vos
    choix de cookies", "Ihrer Datenschutzeinstellungen"). A story's "The council's
    recommended budget" names a budget; a story about a blocked site names no settings of
    the reader's.
    """
    count = page.word_count(index)
    tokens = page.token_list(index)
    if count <= MAX_EMBED_LABEL_WORDS:
        if EMBED_NOUNS.isdisjoint(tokens) or page.paragraphs[index].rstrip().endswith(STOPS):
            return False
        key = EXTERNAL_WORDS | RECOMMENDED_WORDS
        return not key.isdisjoint(tokens) and made_of(tokens, EMBED_NOUNS, LABEL_ORIGINS)
    if count > MAX_BLOCKED_EMBED_WORDS or EMBED_NOUNS.isdisjoint(tokens):
        return False
    normalized = page.normalized(index)
    if not any(stem in normalized for stem in PRIVACY_STEMS):
        return False
    if YOUR_POSSESSIVES.isdisjoint(tokens) or _QUOTES.search(page.paragraphs[index]):
        return False
    return _UNAVAILABLE.search(normalized) is not None


CONSENTING_SELF = folded_words("i me ich mir je moi yo")
"""The consent box speaks as the reader: "I agree that external content may be shown to
me", "Ich stimme zu, dass mir Inhalte von Drittanbietern angezeigt werden"."""
_CONSENT_IMPERATIVE = re.compile(r"(?:acépt|actív|habilít)al[oa]s?|permítel[oa]s?")
"""Spanish imperatives of accepting or allowing with their object attached speak to the
reader: "Acéptalo", "Actívalas"."""
_EXTERNAL_STEMS = (
    "extern",
    "tiers",
    "tercero",
    "party",
    "drittanbiet",
    "embed",
    "eingebett",
    "intégr",
    "youtube",
    "instagram",
    "tiktok",
)
"""A cheap test that a (normalised) line may name embedded content, before its words are
compared: substrings, since an expression joining them, or a case-insensitive one over
the raw line, would cost several times more."""


def _names_embed(tokens: Sequence[str]) -> bool:
    """An external word with an embedded thing's noun at most two words away."""
    for i, token in enumerate(tokens):
        near = tokens[max(0, i - 2) : i + 3]
        external = token in EXTERNAL_WORDS or token == "party" or token in EMBED_PLATFORMS
        if external and not EMBED_NOUNS.isdisjoint(near):
            return True
    return False


_FIRST_PERSON_BUTTON = re.compile(
    r"(?:^|[:–—→»|]\s*)(?:(?:yes|oui|ja|sí|si),?\s+)?(?:sign me up|count me in|subscribe me"
    r"|je m['’](?:inscris|abonne)|j['’]en profite|je (?:découvre|teste|soutiens)"
    r"|ich bin dabei|ich melde mich an|ich will (?:mehr|dabei sein)"
    r"|me (?:apunto|suscribo|registro)|quiero (?:suscribirme|apuntarme|registrarme))"
    r"\s*[!.→»]?$"
)
"""Over the lower-cased line."""
BUTTON_LAST_WORDS = frozenset(
    "up in me inscris abonne profite découvre teste soutiens dabei an mehr sein apunto"
    " suscribo registro suscribirme apuntarme registrarme".split()
)
"""The words such a button ends with: a cheap test before the expression."""
MAX_FIRST_PERSON_BUTTON_WORDS = 20


def is_first_person_button(page: Page, index: int) -> bool:
    """A sign-up button written in the reader's voice, alone or after its pitch and a
    colon, dash or arrow: "Yes, sign me up", "Recevez l'essentiel chaque matin : je
    m'abonne", "Ja, ich bin dabei", "Noticias de tu barrio → Me apunto".

    The button closes the line, with nothing after it but "!" or an arrow; no quotation
    marks (a quoted "Je m'inscris", a reader's words, stays), and a sentence that only
    holds the words ("She said she would sign me up for lessons") does not end with
    them after a mark.
    """
    line = page.paragraphs[index].strip()
    if page.word_count(index) > MAX_FIRST_PERSON_BUTTON_WORDS:
        return False
    last = line.rstrip(" !.→»").rpartition(" ")[2].rpartition("’")[2].rpartition("'")[2]
    if last.lower() not in BUTTON_LAST_WORDS or _QUOTES.search(line):
        return False
    return _FIRST_PERSON_BUTTON.search(line.lower()) is not None


_QUESTION_AND_PROMPT = re.compile(r"(?P<question>[^?]{1,60}\?)\s+(?P<prompt>[^?.!]{1,80})[.!]?")
TELL_VERBS = folded_words(
    "tell let know write contact send email share dites dire écrivez contactez envoyez"
    " signalez partagez sagen schreiben kontaktieren melden schicken senden teilen mitteilen"
    " cuenta cuéntanos escribe escríbenos contacta envía comparte avisa dinos"
)
"""Verbs asking the reader to tell the site something."""
SITE_PRONOUNS = folded_words("us nous uns nos")
_CLITIC_US = re.compile(r"[^\W\d_]*[áéíóú][^\W\d_]*nos(?:l[oa]s?)?")
"""A Spanish imperative with "nos" (and "lo") attached: "escríbenos", "cuéntanoslo"."""
MAX_TELL_US_WORDS = 14
MAX_TELL_US_PROMPT_WORDS = 6


def is_tell_us_prompt(page: Page, index: int) -> bool:
    """A short question to the reader and a request to tell the site: "Got a news tip?
    Let us know", "Une info ? Dites-le-nous", "Haben Sie einen Hinweis? Sagen Sie es
    uns", "¿Tienes una pista? Cuéntanoslo".

    No quotation marks; a question of at most six words, then a prompt of a few words
    (or a few such prompts joined by "or": "… ou passez au journal") holding a
    verb of telling (tell, écrivez, sagen, cuenta) and the site as "us" (us, nous, uns,
    nos, or "-nos" attached) or as its newsroom (la rédaction, die Redaktion). A story's
    "Why now? Officials gave no reason." and an opinion's "Who pays? Not us" ask no one to
    tell anything, and stay.
    """
    line = page.paragraphs[index].strip()
    if page.word_count(index) > MAX_TELL_US_WORDS or "?" not in line or _QUOTES.search(line):
        return False
    match = _QUESTION_AND_PROMPT.fullmatch(line)
    if match is None or len(words(match["question"])) > MAX_CTA_QUESTION_WORDS:
        return False
    alternatives = _OR.split(normalize(match["prompt"]))
    if any(len(words(a)) > MAX_TELL_US_PROMPT_WORDS for a in alternatives):
        return False
    return any(_asks_to_tell_us(a.split()) for a in alternatives if a)


_OR = re.compile(r" (?:or|ou|oder|o) ")
"""A prompt may offer ways to tell the site: "Envoyez un courriel à la rédaction ou
passez au journal"."""
NEWSROOM_NOUNS = folded_words("newsroom rédaction redaktion redacción")
SITE_ADDRESSEES = SITE_PRONOUNS | NEWSROOM_NOUNS


def _asks_to_tell_us(prompt: Sequence[str]) -> bool:
    """A verb of telling and the site as "us" or as its newsroom ("Schicken Sie es der
    Redaktion"), or "-nos" attached to the verb."""
    clitic = any(_CLITIC_US.fullmatch(t) for t in prompt)
    told = clitic or not TELL_VERBS.isdisjoint(prompt)
    return told and (clitic or not SITE_ADDRESSEES.isdisjoint(prompt))


PREMIUM_MARKS = frozenset({"PLUS", "Plus", "PREMIUM", "Premium", "ABO", "Abo"})
MAX_PREMIUM_BADGE_WORDS = 3


def is_premium_badge(page: Page, index: int) -> bool:
    """A site's premium badge above the story: "Courier PLUS", "Gazette Premium",
    "Rundschau+", "Abo".

    Before the story's first prose paragraph, at most three words, the first ones
    capitalised (a name), the last a premium mark (PLUS, Premium, Abo) or closed by "+".
    "De plus en plus" ends in lower case and stays.
    """
    if not page.in_header(index) or page.word_count(index) > MAX_PREMIUM_BADGE_WORDS:
        return False
    parts = page.paragraphs[index].split()
    last = parts[-1] if parts else ""
    if last not in PREMIUM_MARKS and not (len(last) > 1 and last.endswith("+")):
        return False
    return all(part[:1].isupper() for part in parts[:-1])


AGENCY_WORDS = folded_words(
    "afp ap dpa reuters efe epd kna sid apa sda ansa bloomberg ats belga anp xinhua europa"
    " press presse agencies agences agenturen agencias agencia agency agence agentur"
    " agenturmaterial"
)
"""News agencies, by the names they sign with, and the word for them."""
SOURCE_WORDS = folded_words(
    "source sources quelle quellen fuente fuentes avec with mit material von der und and et y"
    " con información de of from selon según"
)
MAX_AGENCY_CREDIT_WORDS = 6
AGENCY_FILLERS = folded_words("and et und y the l la le les der die el las los")
"""Words between and before agency names in a credit ("l'agence", "AFP et Reuters")."""
CREDIT_WORDS = folded_words("source sources quelle quellen fuente fuentes avec with mit con")
"""Words that make a name in capitals after them an agency ("Avec APR")."""
_ACRONYM = re.compile(r"[A-ZÀ-Ý]{2,5}")
_WIRE_INITIALS = re.compile(r"\(?[a-z]{2,4}(?:/[a-z]{2,4})+\)?")


def is_agency_credit(page: Page, index: int) -> bool:
    """The agencies a story draws on, named under it: "Source: AFP", "Avec AFP", "Mit
    Material von dpa und Reuters", "Con información de agencias", "(Avec l'agence Presse
    Nord)".

    Under the story's last prose paragraph, at most six words, made of agency names (AFP,
    dpa, EFE, Reuters, "agencies", or any name in capitals after a word of crediting:
    "Avec APR", "Source: NIB") and the words that credit them (source, avec, mit
    Material von, con información de); or a word of crediting before agencies named as
    :func:`_names_agencies` says ("(Avec Presse Nord)"); or an agency's initials and
    an editor's joined by slashes ("dpa/lnw"). Above the story, only "with" and named
    agencies ("Avec l'agence Presse Nord", "With AFP"). A closing sentence naming an
    agency says more, and a lone "NASA" credits no one.
    """
    if page.word_count(index) > MAX_AGENCY_CREDIT_WORDS:
        return False
    header = page.in_header(index)
    if not header and index <= page.last_prose:
        return False
    line = page.paragraphs[index].strip()
    first, _, rest = line.strip("()").partition(" ")
    if normalize(first) in CREDIT_WORDS and _names_agencies(rest, any_name=not header):
        return True  # "Avec l'agence Presse Océane"
    if header:
        return False
    tokens = page.token_list(index)
    if made_of(tokens, AGENCY_WORDS, SOURCE_WORDS):
        return True
    if _WIRE_INITIALS.fullmatch(line):
        return True  # "dpa/lnw": the agency and the editor's initials
    acronyms = frozenset(normalize(w) for w in words(line) if _ACRONYM.fullmatch(w))
    credited = any(t in CREDIT_WORDS for t in tokens)
    return bool(acronyms) and credited and made_of(tokens, AGENCY_WORDS | acronyms, SOURCE_WORDS)


MEDIA_NOUNS = folded_words(
    "image images photo photos picture pictures caption gallery slideshow video videos audio"
    " player légende galerie diaporama vidéo vidéos lecteur bild bilder bildunterschrift"
    " galerie bildergalerie bilderstrecke video videos imagen imágenes foto fotos pie galería"
    " vídeo vídeos reproductor bildern fotostrecke fotogalerie fotogalería album albums"
    " álbum diaporamas"
)
MEDIA_VERBS = folded_words(
    "enlarge expand toggle hide show play pause swipe zoom open close view agrandir afficher"
    " masquer lire ouvrir fermer voir zoomer vergrössern vergrößern anzeigen ausblenden"
    " einblenden abspielen öffnen schliessen ansehen ampliar mostrar ocultar reproducir abrir"
    " cerrar ver desliza"
)
MEDIA_FILLERS = folded_words(
    "this the for more all full screen fullscreen in l le la les cette plus en plein écran"
    " dans des das die den alle mehr vollbild im mit el la las los esta más pantalla"
    " completa de del"
)
_MEDIA_COUNTER = re.compile(r"(?:\w+ )?\d+ (?:of|sur|von|de) \d+")
MAX_MEDIA_CONTROL_WORDS = 5


def is_media_control(page: Page, index: int) -> bool:
    """A photo or video widget's button or counter: "Enlarge this image", "toggle
    caption", "Swipe for more photos", "Agrandir l'image", "Bild vergrößern", "Ampliar
    imagen", "Image 2 of 5".

    At most five words, no full stop, made only of a media noun (image, caption, vidéo,
    Bild, galería), a verb of the widget (enlarge, toggle, play, afficher, vergrößern,
    ampliar) and little words; or a media noun with its count ("Photo 3 sur 12", "Gallery:
    14 photos", "Galerie mit 12 Bildern", "Ver las 15 fotos", a video's "2:31"). "Play
    video games" names games and stays; "40 photos of the harbour" names its subject.
    """
    line = page.paragraphs[index].strip()
    if page.word_count(index) > MAX_MEDIA_CONTROL_WORDS or not line or line.endswith(STOPS):
        return False
    tokens = page.token_list(index)
    if MEDIA_NOUNS.isdisjoint(tokens):
        return False
    if _MEDIA_COUNTER.fullmatch(page.normalized(index)):
        return True
    if any(t.isdigit() for t in tokens):  # "Galerie mit 12 Bildern", "Vídeo 2:31"
        return all(
            t in MEDIA_NOUNS or t in MEDIA_VERBS or t in MEDIA_FILLERS or t.isdigit()
            for t in tokens
        )
    return made_of(tokens, MEDIA_VERBS, MEDIA_NOUNS | MEDIA_FILLERS)


_SIZE_STEP = re.compile(r"A{1,2}[+\-−–]{0,3}|[+\-−–]")
"""A text-size button: "A", "A+", "A++", "A−"."""
SIZE_WORDS = folded_words(
    "text size font larger smaller taille du texte police caractères schriftgröße schrift"
    " textgröße grösse größe tamaño de letra texto fuente la el"
)
READING_WORDS = folded_words("reading read lecture lire lese lesen lectura leer")
MODE_WORDS = folded_words("mode modus modo zen view vue ansicht vista")
READING_COMPOUNDS = folded_words("lesemodus leseansicht")
MIN_SIZE_STEPS = 2
MAX_READER_TOOL_WORDS = 8


def is_reader_tool(page: Page, index: int) -> bool:
    """A reading tool's buttons: text size ("Text size A A+ A++", "Taille du texte A−
    A+", "Schriftgröße A A+") or a reading mode ("Reading mode", "Lecture zen",
    "Lesemodus", "Modo lectura").

    At most eight words: two buttons or more of the shape "A", "A+", "A−" and words of
    text size only; or, in at most three words, a word of reading and a word of mode
    (mode, zen, Ansicht, modo), or a German compound of the two. A story's "Mode: la
    lecture des tendances" (fashion) has more words than that.
    """
    count = page.word_count(index)
    if count > MAX_READER_TOOL_WORDS:
        return False
    parts = words(page.paragraphs[index])
    steps = sum(1 for w in parts if _SIZE_STEP.fullmatch(w))
    if steps >= MIN_SIZE_STEPS:
        rest = normalize(" ".join(w for w in parts if not _SIZE_STEP.fullmatch(w))).split()
        return all(t in SIZE_WORDS for t in rest)
    if count > MAX_LABEL_WORDS - 2:
        return False
    tokens = page.token_list(index)
    if len(tokens) == 1:
        return tokens[0] in READING_COMPOUNDS
    return made_of(tokens, READING_WORDS, MODE_WORDS | folded_words("de la")) and not (
        MODE_WORDS.isdisjoint(tokens)
    )


BROWSER_WORDS = folded_words("browser navigateur navegador javascript")
SUPPORT_WORDS = folded_words(
    "support supports supported enable activate prend charge compatible activer activez"
    " unterstützt unterstützen aktivieren aktiviert soporta compatible admite activar activa"
    " habilita habilitar"
)
YOUR_WORDS = folded_words("your please votre veuillez ihr bitte tu su por favor")
MAX_BROWSER_NOTICE_WORDS = 25


def is_browser_notice(page: Page, index: int) -> bool:
    """A notice that the reader's browser cannot show something: "Your browser does not
    support the video tag.", "Veuillez activer JavaScript.", "Ihr Browser unterstützt
    kein HTML5-Video.", "Tu navegador no soporta vídeo HTML5.".

    Short, with a browser word (browser, navigateur, JavaScript), a word of support or
    enabling, and the reader addressed (your, votre, Ihr, tu, please, bitte); no
    quotation marks, and not on a page whose story itself speaks to the reader (a guide
    to browsers). A story about a browser speaks of its users and stays.
    """
    if page.word_count(index) > MAX_BROWSER_NOTICE_WORDS:
        return False
    tokens = page.tokens(index)
    if BROWSER_WORDS.isdisjoint(tokens) or SUPPORT_WORDS.isdisjoint(tokens):
        return False
    if YOUR_WORDS.isdisjoint(tokens) or _QUOTES.search(page.paragraphs[index]):
        return False
    return not page.speaks_to_reader


_PRINT_NOTE = re.compile(
    r".*\b(?:print edition|in print|printed edition|édition (?:papier|imprimée|du \d+)"
    r"|journal papier|printausgabe|print ausgabe|gedruckten ausgabe|zeitungsausgabe"
    r"|edición impresa|edición en papel|edición del \d+)\b.*"
)
_APPEARED = re.compile(
    r"\b(?:appears?|appeared|paru|parue|publié|publiée|erschien|erschienen|apareció|publicado"
    r"|publicada)\b"
)
APPEARED_FIRST = folded_words(
    "appeared paru parue erschienen erschien apareció publicado publicada"
)
MAX_PRINT_NOTE_WORDS = 30


def is_print_note(page: Page, index: int) -> bool:
    """A note that the article appeared in print: "A version of this article appears in
    print on March 3, Section A, Page 12.", "Cet article est paru dans l'édition du 3
    mars.", "Dieser Artikel erschien in der Printausgabe vom 3. März.", "Este artículo
    apareció en la edición impresa del domingo.".

    From the story's last prose paragraph on (it is prose-shaped), at most thirty words,
    naming the print edition and saying that this article appeared there (appears, paru,
    erschien, apareció), the article named ("this article", "cet article", "dieser
    Artikel") or the verb opening the line ("Appeared in the March 3 print edition.").
    "The print edition will end in June, the owner said." and "The report appeared on
    Monday, before the print edition closed." speak of something else and stay.
    """
    if index < page.last_prose or page.word_count(index) > MAX_PRINT_NOTE_WORDS:
        return False
    line = page.normalized(index)
    if _PRINT_NOTE.fullmatch(line) is None or _APPEARED.search(line) is None:
        return False
    tokens = page.token_list(index)
    return tokens[0] in APPEARED_FIRST or any(
        tokens[i] in THIS_WORDS and tokens[i + 1] in SELF_NOUNS for i in range(len(tokens) - 1)
    )


OPINION_NOUNS = re.compile(
    r"\b(?:views?|opinions?|opinión|opiniones|point of view|point de vue|punto de vista|propos"
    r"|meinung|ansicht|auffassung|standpunkt)\b"
)
OPINION_GENRES = re.compile(
    r"\b(?:column|tribune|chronique|gastbeitr\w*|gastkommentar\w*|tribuna|columna|op ed)\b"
)
"""An opinion, or the genre that carries one (a column, a "tribune", a Gastbeitrag)."""
_AUTHOR_STEM = re.compile(r"\b(?:author|auteur|autric|autor|writer|contributor)")
_OPINION_KEYS = (
    "author",
    "auteur",
    "autric",
    "autor",
    "writer",
    "contributor",
    "column",
    "tribun",
    "chroniq",
    "gastbeitr",
    "gastkomm",
    "op ed",
)
"""Substrings one of which an author or a genre word holds: a cheap test before the
expressions (which also ask for the start of a word)."""
DISCLAIMING_WORDS = folded_words(
    "own solely only alone necessarily exclusively personal engage engagent seul seule seuls"
    " seules nécessairement exclusivement allein ausschliesslich notwendigerweise zwingend"
    " unbedingt persönliche únicamente exclusiva exclusivamente necesariamente personal"
    " propia propias reflect reflects represent represents reflète reflètent représente"
    " représentent refleja reflejan representa representan"
)
"""Words that set an opinion apart as the author's alone ("the author's own", "n'engage
que son auteur", "nicht zwingend", "únicamente") or say whose it
reflects."""
_GIVES_BACK = re.compile(r"\b(?:gibt|geben)\b.*\bwieder\b")
"""German's "gibt … wieder" (reflects); "wieder" alone is "again"."""
PUBLISHER_NOUNS = folded_words(
    "newspaper publication editors editorial site magazine rédaction journal publication"
    " redaktion zeitung verlag redacción periódico diario medio publicación"
)
MAX_OPINION_NOTE_WORDS = 35


def is_opinion_disclaimer(page: Page, index: int) -> bool:
    """The note that an opinion piece speaks for its author only: "Views expressed are the
    writer's own.", "Cette tribune n'engage que son auteur.", "Der Kommentar gibt die
    Meinung der Autorin wieder.", "La opinión del autor no coincide
    necesariamente con la de este diario."

    At most thirty-five words, no quotation marks and no verb of reporting: two of an
    opinion, the author and the genre that carries an opinion (column, tribune,
    Gastbeitrag), and either a word setting the opinion apart as the author's alone or
    saying whose it reflects (own, solely, "n'engage que", "gibt … wieder",
    zwingend, únicamente) or the publisher it is set apart from (the newspaper,
    the editors, la rédaction). A story's "The author's views on housing have changed,
    she said" reports and stays.
    """
    if page.word_count(index) > MAX_OPINION_NOTE_WORDS:
        return False
    line = page.normalized(index)
    if not any(key in line for key in _OPINION_KEYS):
        return False
    genre = OPINION_GENRES.search(line) is not None
    author = _AUTHOR_STEM.search(line) is not None
    if not (author or genre):
        return False
    if not (author and genre) and OPINION_NOUNS.search(line) is None:
        return False  # two of an opinion, the author and the genre
    tokens = page.tokens(index)
    if not REPORTING_VERBS.isdisjoint(tokens) or _QUOTES.search(page.paragraphs[index]):
        return False
    return (
        not DISCLAIMING_WORDS.isdisjoint(tokens)
        or not PUBLISHER_NOUNS.isdisjoint(tokens)
        or _GIVES_BACK.search(line) is not None
    )


SUMMARY_KEYS = folded_words(
    "key essential essentials glance brief nutshell takeaways takeaway know essentiel"
    " essentiels bref retenir clé clés savoir wichtigste wichtigsten kürze blick überblick"
    " knapp wissen infobox clave claves esencial importante saber"
)
"""Words that name a summary box: the key points, the essentials, at a glance, in brief,
what you need to know. Not "summary" or "résumé": a report's "Summary" is its own
section."""
SUMMARY_FILLERS = (
    folded_words(
        "facts points figures numbers highlights things the a at in what you need to this"
        " chiffres points faits ce qu il faut à en l les le la fakten zahlen punkte das die"
        " auf einen in und kurz was sie müssen datos cifras puntos lo las los de la en que"
        " hay debes más"
    )
    | ARTICLE_NOUNS
    | THIS_WORDS
)
MAX_SUMMARY_HEADING_WORDS = 6
SUMMARY_NOUNS = folded_words("summary résumé synthèse zusammenfassung resumen síntesis")
"""A summary named as such: a box above the story, but a report's own section in it."""


def is_summary_heading(page: Page, index: int) -> bool:
    """The heading of a summary box set in the article: "At a glance", "The key facts",
    "En bref :", "Les points clés", "Auf einen Blick", "Die wichtigsten Fakten", "Las
    claves", "Lo esencial:".

    At most six words, not a sentence (a colon may close it), made only of a word naming
    a summary (key, essentials, glance, brief, bref, Blick, Kürze, claves) and words that
    go with one (facts, points, figures, chiffres, Zahlen, datos, little words). The box's
    own lines stay; so does a subheading that says more ("Key points of contention
    remain", "Das Wichtigste ist die Sicherheit"). "Summary" alone (Zusammenfassung,
    résumé, resumen) is a heading of a box only above the story: inside, a report's
    section.
    """
    line = page.paragraphs[index].strip()
    if page.word_count(index) > MAX_SUMMARY_HEADING_WORDS or not line or line.endswith(STOPS):
        return False
    tokens = page.token_list(index)
    if len(tokens) == 1 and tokens[0] in SUMMARY_NOUNS:
        return page.in_header(index)  # "Zusammenfassung" over the summary box, not a section
    return made_of(tokens, SUMMARY_KEYS, SUMMARY_FILLERS)


FEED_NOUNS = folded_words(
    "posts post updates update entries entry messages publications publication mises"
    " messages entrées billets einträge eintrag beiträge beitrag updates meldungen"
    " nachrichten entradas entrada actualizaciones actualización publicaciones mensajes"
)
"""What a live blog or a feed shows one after another."""
FEED_VERBS = folded_words(
    "load show see view read display expand charger afficher voir lire laden nachladen"
    " anzeigen zeigen einblenden cargar ver mostrar leer"
)
FEED_FILLERS = folded_words(
    "more older newer new previous earlier latest all the plus de des les nouveaux nouvelles"
    " nouveau nouvelle anciens anciennes précédents précédentes à jour mehr neue neuen ältere"
    " älteren weitere frühere alle más nuevas nuevos nueva nuevo anteriores todas las los"
)
FEED_WORDS = FEED_VERBS | FEED_FILLERS
PINNED_WORDS = folded_words("pinned épinglé épinglée angeheftet angepinnt fijado fijada")
_FEED_COUNT = re.compile(r"\d+|new|nouveaux|nouvelles|neue|neuen|nuevas|nuevos")
MAX_FEED_CONTROL_WORDS = 6


def is_feed_control(page: Page, index: int) -> bool:
    """A live blog's or a feed's button or notice: "Load more posts", "See 2 new entries",
    "Charger les anciens messages", "2 neue Einträge anzeigen", "Ver 5 nuevas entradas",
    "Pinned post".

    At most six words, not a sentence, made only of what a feed shows (posts, updates,
    Einträge, entradas), a verb of showing or loading, words of more, new and older, and
    a count; without a verb, a count or "new" is needed ("3 nouvelles mises à jour"). A
    word of pinning with at most a feed noun ("Pinned post", "Épinglé") is one too. A
    subheading "More posts for police" names something else and stays.
    """
    line = page.paragraphs[index].strip()
    if page.word_count(index) > MAX_FEED_CONTROL_WORDS or not line or line.endswith(STOPS):
        return False
    token_set = page.tokens(index)
    if FEED_NOUNS.isdisjoint(token_set) and PINNED_WORDS.isdisjoint(token_set):
        return False
    tokens = page.token_list(index)
    if not PINNED_WORDS.isdisjoint(token_set):
        return all(t in PINNED_WORDS or t in FEED_NOUNS for t in tokens)
    if not all(t in FEED_NOUNS or t in FEED_WORDS or t.isdigit() for t in tokens):
        return False
    return not FEED_VERBS.isdisjoint(tokens) or any(_FEED_COUNT.fullmatch(t) for t in tokens)


REFRESH_WORDS = folded_words(
    "refresh reload resume pause paused autorefresh actualiser rafraîchir rafraichir recharger"
    " reprendre aktualisieren neuladen fortsetzen pausiert angehalten actualizar recargar"
    " reanudar pausa pausado pausada"
)
"""Verbs and states of a live feed's refresh: reload, pause, resume."""
AUTOMATIC_WORDS = folded_words(
    "auto automatic automatically automatique automatiquement automatisch automatische"
    " automatischen automático automática automáticamente"
)
TOGGLE_STATES = folded_words(
    "on off enabled disabled activé activée désactivé désactivée an aus ein activado"
    " activada desactivado desactivada"
)
"""The states a switch shows beside its label."""
REFRESH_NOUNS = FEED_NOUNS | folded_words(
    "refresh refreshing update updates mise mises jour actualisation rafraîchissement"
    " aktualisierung liveticker ticker actualización"
)
REFRESH_FILLERS = (
    FEED_WORDS
    | TOGGLE_STATES
    | folded_words(
        "live blog feed page the is are there to them now in on tap click here direct en le la"
        " les l pour il y a voir cliquez appuyez touchez maintenant ici seite die der das zum"
        " um es gibt sie jetzt hier neu tippen klicken im liveblog página directo vivo el los"
        " las para hay pulsa toca haz clic verlas verlos ya aquí"
    )
)
TAP_WORDS = folded_words("tap click cliquez appuyez touchez tippen klicken pulsa toca clic")
"""Verbs of a feed's notice: tapping it shows what came in."""
REFRESH_VOCABULARY = REFRESH_WORDS | AUTOMATIC_WORDS | REFRESH_NOUNS | REFRESH_FILLERS
MAX_FEED_REFRESH_WORDS = 8


def is_feed_refresh(page: Page, index: int) -> bool:
    """A live feed's refresh control or its state: "Auto-refresh is off", "Pause live
    updates", "Rafraîchir la page", "Actualisation automatique désactivée", "Ticker
    pausiert – zum Fortsetzen tippen", "Actualización automática: desactivada", "4 new
    posts – refresh".

    At most eight words, short sentences allowed, made only of the feed's words (posts,
    updates, Meldungen, entradas, live, page), of tapping and seeing, of on and off, a
    count, and either a verb or state of refreshing (refresh, pause, reprendre,
    aktualisieren, recargar), or a word of automatic updating with what it updates, or a
    count of what came in with a verb of tapping ("2 new posts. Tap to show them"). A
    story sentence about updating names who updates what ("The council will refresh its
    plan") and holds words outside the family.
    """
    if page.word_count(index) > MAX_FEED_REFRESH_WORDS:
        return False
    token_set = page.tokens(index)
    refreshes = not REFRESH_WORDS.isdisjoint(token_set)
    automatic = not AUTOMATIC_WORDS.isdisjoint(token_set)
    tapped = not TAP_WORDS.isdisjoint(token_set) and any(  # "3 new updates. Tap to see them"
        _FEED_COUNT.fullmatch(t) for t in token_set
    )
    if not refreshes and not ((automatic or tapped) and not REFRESH_NOUNS.isdisjoint(token_set)):
        return False
    return all(t in REFRESH_VOCABULARY or t.isdigit() for t in token_set)


SERIES_NOUNS = folded_words("series serie série séries reihe serial saga feuilleton")
PART_WORDS = folded_words(
    "part episode chapter instalment installment partie épisode chapitre volet teil folge"
    " kapitel parte capítulo entrega episodio"
)
_FRACTION = re.compile(r"\b\d{1,2} ?/ ?\d{1,2}\b")
MAX_SERIES_LABEL_WORDS = 14


def is_series_label(page: Page, index: int) -> bool:
    """The label of a series the article belongs to: "Episode 4 of our series 'The Water
    Question'", "Notre série « Les oubliés du rail » (3/6)", "Teil 2 unserer Serie „Land
    unter“", "Capítulo 2 de la serie 'Tierra seca'".

    At most fourteen words, a series word (series, série, Serie, Reihe) and a part word
    (part, épisode, Teil, Folge, capítulo) or a count such as "3/6"; not a sentence, unless
    the page speaks of itself ("This is part two of a three-part series."). A story's
    "The series of protests began in May, when the first part …" is a sentence and stays.
    """
    if page.word_count(index) > MAX_SERIES_LABEL_WORDS:
        return False
    tokens = page.token_list(index)
    if SERIES_NOUNS.isdisjoint(tokens):
        return False
    line = page.paragraphs[index].strip()
    if PART_WORDS.isdisjoint(tokens) and _FRACTION.search(line) is None:
        return False
    return not line.endswith(STOPS) or tokens[0] in THIS_WORDS


MIN_CONTENT_WORD_CHARS = 4
MAX_OFF_TOPIC_WORDS = 8
_PLAIN_WORDS = re.compile(r"[^\W\d_]+(?:(?:[-'’]| [-–—]? ?)[^\W\d_]+)*")
"""Words alone, as a link or a headline is written: no digits, brackets, colons or
addresses, which a story's closing credits and contact lines have."""


def is_off_topic_tail(page: Page, index: int) -> bool:
    """A short line under the story that shares no word with it, among other chrome: a
    related headline under a heading no rule knows, a link to the site's pages ("Ir a la
    portada", "Unsere Leser fragen nach"). A story is about its own things; a line under
    it that names none of them is about something else.

    After the story's last prose paragraph, two to eight words and nothing else (no
    digits, brackets, colons, addresses or sentence end: a story's closing credit, its
    contact line or a citation has them), with a word in lower case (a lone name or a
    title in capitals, a signature, an acronym, stays); none of its words of four letters
    or more is in the story's prose or its headline, nor does any line under it share
    one (the story goes on: a list, an embedded post). It is judged last, once the rules
    and the blocks under a heading have removed other chrome under the story, and only
    then: a lone line under a story that ends ("Home at last") is the story's own, and
    so is a closing line that takes up the story's words ("Where the talks go next").
    """
    if index <= page.last_prose or not 2 <= page.word_count(index) <= MAX_OFF_TOPIC_WORDS:
        return False
    line = page.paragraphs[index].strip()
    if _PLAIN_WORDS.fullmatch(line) is None or all(w[:1].isupper() for w in words(line)):
        return False
    content = _content_words(page, index)
    if not content or not page.story_and_title_words.isdisjoint(content):
        return False
    return index > page.last_on_topic and any(
        j in page.removed for j in range(page.last_prose + 1, len(page.paragraphs))
    )


def _content_words(page: Page, index: int) -> set[str]:
    """A line's words of four letters or more, normalised."""
    return {t for t in page.tokens(index) if len(t) >= MIN_CONTENT_WORD_CHARS}


COMPOUND_STEMS = (
    "abo",
    "abonnement",
    "newsletter",
    "gratis",
    "probe",
    "digital",
    "premium",
    "werbe",
    "werbung",
    "anzeige",
    "anzeigen",
    "provision",
    "affiliate",
    "partner",
    "link",
    "links",
    "app",
    "zugang",
    "angebot",
)
"""Stems German builds its chrome words from: Probeabo, Gratiszugang, Newsletter-Abo,
Affiliate-Links. A compound of two of them names nothing but the site's
own business; one of them beside a story's word (Wohnungsangebot, Abofalle) does not."""
_STEM = "(?:" + "|".join(sorted(COMPOUND_STEMS, key=len, reverse=True)) + ")"
_CHROME_COMPOUND = re.compile(rf"\b{_STEM}s?-?{_STEM}\b")
DISCLOSED_HEADS = ("links", "link", "anzeige", "werbung")
"""Compounds a disclosure or an ad marker ends with, even in a sentence
("Alle markierten Links sind Affiliate-Links.")."""
MAX_COMPOUND_LINE_WORDS = 10


def is_chrome_compound(page: Page, index: int) -> bool:
    """A short German line built around a compound of two chrome stems: "Jetzt
    Probeabo sichern", "Gratiszugang für Studierende", "Zum Newsletter-Abo",
    "Alle markierten Links sind Affiliate-Links.".

    At most ten words, no quotation marks, a word made of two stems of
    :data:`COMPOUND_STEMS` (with a linking "s" or a hyphen); not a sentence, unless the
    compound names links or an advertisement. A story's "Das Wohnungsangebot der Stadt"
    joins a stem to a word of its own and stays.
    """
    if page.word_count(index) > MAX_COMPOUND_LINE_WORDS:
        return False
    line = page.paragraphs[index].strip()
    match = _CHROME_COMPOUND.search(line.casefold())
    if match is None or _QUOTES.search(line):
        return False
    return not line.endswith(STOPS) or match.group().endswith(DISCLOSED_HEADS)


_AROUND_THE_CLOCK = re.compile(
    r"\b(?:24 7|24h 24|7j 7|24 (?:hours|heures|stunden|horas)|a?round the clock"
    r"|day (?:or|and) night|jour et nuit|nuit et jour|rund um die uhr|tag und nacht"
    r"|d[ií]a y noche|noche y d[ií]a)\b"
)
_CLOCK_WORDS = folded_words("24 7j clock night nuit uhr nacht noche")
"""Words one of which each way of saying "around the clock" holds: a cheap test before
the expression."""
_HELP_LINE = re.compile(r"telefon|phone|hotline|helpline|ligne|l[ií]nea|seelsorge|[ée]coute|\d{3}")
CONDITIONAL_OPENERS = folded_words("if si wenn falls")
MAX_SUPPORT_LINE_WORDS = 30


def is_support_line(page: Page, index: int) -> bool:
    """A helpline offered to the reader after a hard story: "If you are struggling, the
    Samaritans can be reached day or night on 116 123.", "Haben Sie Suizidgedanken? Die
    Telefonseelsorge ist rund um die Uhr erreichbar.", "Si vous avez besoin d'aide, le
    3114 est joignable 24h/24.".

    At most thirty words, no verb of reporting: a service open around the clock (24/7,
    "rund um die Uhr", "jour et nuit", "las 24 horas"), a line to call (a telephone word or
    a number), and the reader addressed (you, vous, Sie, a question, or a line opening
    with "if", "si", "wenn"). A story's "The hotline was staffed around the clock during
    the floods, officials said" reports, speaks to no one, and stays.
    """
    if page.word_count(index) > MAX_SUPPORT_LINE_WORDS:
        return False
    if _CLOCK_WORDS.isdisjoint(page.tokens(index)):
        return False
    line = page.normalized(index)
    if _AROUND_THE_CLOCK.search(line) is None or _HELP_LINE.search(line) is None:
        return False
    tokens = page.token_list(index)
    if not REPORTING_VERBS.isdisjoint(tokens):
        return False
    raw = page.paragraphs[index]
    return (
        tokens[0] in CONDITIONAL_OPENERS
        or "?" in raw
        or not READER_WORDS.isdisjoint(tokens)
        or not FORMAL_YOU.isdisjoint(words(raw)[1:])
    )


EMAIL_KEYS = folded_words("email e-mail mail courriel correo électronique")
"""The words of an e-mail field; "E-Mail" normalises to "e mail", and French says
"adresse électronique"."""
FIELD_FILLERS = folded_words(
    "e your work business address here votre ton adresse électronique ici professionnelle"
    " ihre deine adresse hier geschäftliche tu su dirección electrónico aquí de la el"
    " enter type saisissez saisir entrez indiquez renseignez eingeben geben sie"
    " introduce escribe indica pon ingresa"
)
"""The words around it: whose address, a verb asking for it, where to type it."""
MAX_FIELD_WORDS = 6


def is_form_field(page: Page, index: int) -> bool:
    """The label or placeholder of a sign-up form's e-mail field: "Your email address",
    "Adresse e-mail *", "E-Mail-Adresse eingeben", "Introduce tu correo".

    At most six words, no sentence end (a required field's "*" aside), made only of a
    word for e-mail and the little words of a field (whose, address, a verb asking for
    it). A story never sets a line that says nothing but "e-mail address"; "Residents can
    enter their email address on the council's website" is a sentence and stays.
    """
    line = page.paragraphs[index].strip().rstrip("*: ")
    if page.word_count(index) > MAX_FIELD_WORDS or not line or line.endswith(STOPS):
        return False
    return made_of(page.token_list(index), EMAIL_KEYS, FIELD_FILLERS)


LEGAL_STEMS = (
    "privacy",
    "terms of (?:use|service|sale)",
    "terms and conditions",
    "conditions (?:générales|d utilisation)",
    "cgu",
    "confidentialit",
    "données personnelles",
    "datenschutz",
    "nutzungsbedingung",
    "agb",
    "privacidad",
    "términos (?:de uso|de servicio|y condiciones|legales)",
    "condiciones (?:de uso|generales|legales)",
    "aviso legal",
)
"""The documents a form's small print points to: privacy policies and terms of use."""
_LEGAL = re.compile(r"\b(?:" + "|".join(LEGAL_STEMS) + ")")
_AGREES = re.compile(
    r"\b(?:agree|accept|consent|acknowledg|akzeptier|zustimm|stimm|einverstand|acept|consient)"
)
AGREEING_PERSONS = PERSONAL_WORDS | folded_words("aceptas aceptes acepto consientes")
"""Whoever agrees in the small print: the reader (you, vous, tu, "aceptas"), the reader as
"I" on a checkbox, the site as "our"."""
_READERS_ACT = re.compile(r"\bal \w+(?:rte|rse)\b")
"""Spanish "Al registrarte", "Al suscribirse": the reader's own act opens the small print."""
MAX_TERMS_NOTICE_WORDS = 35


def is_terms_notice(page: Page, index: int) -> bool:
    """The small print under a sign-up form: "By subscribing, you accept our privacy
    policy.", "En validant, vous acceptez nos CGU et notre politique de confidentialité.",
    "Ich akzeptiere die Datenschutzerklärung.", "Al registrarte, aceptas los términos de
    uso.".

    At most thirty-five words, no verb of reporting: a word for agreeing (agree, accepte,
    zustimmen, aceptas), a privacy policy or terms of use, and a person who agrees: the
    reader addressed (you, vous, Sie, tu), the reader speaking on a checkbox (I, je, ich),
    or the site's "our". A story's "Users must accept the app's privacy policy to buy a
    ticket" names no person and stays, as does "You must accept its terms, the ministry
    said", which reports.
    """
    if page.word_count(index) > MAX_TERMS_NOTICE_WORDS:
        return False
    line = page.normalized(index)
    if _LEGAL.search(line) is None or _AGREES.search(line) is None:
        return False
    tokens = page.tokens(index)
    if not REPORTING_VERBS.isdisjoint(tokens):
        return False
    raw = page.paragraphs[index]
    return (
        not AGREEING_PERSONS.isdisjoint(tokens)
        or not FORMAL_YOU.isdisjoint(words(raw)[1:])
        or _READERS_ACT.search(line) is not None
    )


_SIGNUP_THANKS = re.compile(
    r"\b(?:thanks?(?: you)?|merci|danke|dank|gracias) (?:so much |very much )?"
    r"(?:for|pour|de|d|für|por) (?:\w+ ){0,2}?"
    r"(?:sign|subscri|regist|inscri|abonn|anmeld|suscri|apunt|alta)"
)
_CHECK_INBOX = re.compile(
    r"\b(?:check|look in|vérifiez|consultez|regardez|prüfen|schauen|sehen|revisa|mira|comprueba"
    r"|confirm\w*|bestätigen)\b.*\b(?:inbox|boîte|postfach|posteingang|e mails|emails|bandeja)\b"
)
THANKS_WORDS = folded_words("thanks thank merci danke dank gracias check vérifiez consultez")
THANKS_WORDS |= folded_words("prüfen bestätigen schauen revisa comprueba mira confirm confirmez")
MAX_SIGNUP_THANKS_WORDS = 20


def is_signup_thanks(page: Page, index: int) -> bool:
    """What a sign-up form says once it is sent: "Thank you for subscribing!", "Merci pour
    votre inscription !", "Bitte bestätigen Sie Ihre Anmeldung in Ihrem Postfach.",
    "Gracias por registrarte. Revisa tu bandeja de entrada.".

    At most twenty words: thanks *for* signing up, subscribing or registering (any of the
    four languages' stems), or a request to check or confirm in the reader's inbox. A
    story's "Thanks to a subscription drive, the paper grew" thanks no one for signing up
    and stays; so does "Police urged residents to check their inbox", which speaks to no
    one.
    """
    if page.word_count(index) > MAX_SIGNUP_THANKS_WORDS:
        return False
    if THANKS_WORDS.isdisjoint(page.tokens(index)) and "confirm" not in page.normalized(index):
        return False
    line = page.normalized(index)
    if _SIGNUP_THANKS.search(line) is not None:
        return True
    raw = page.paragraphs[index]
    to_reader = not READER_WORDS.isdisjoint(page.tokens(index)) or not FORMAL_YOU.isdisjoint(
        words(raw)
    )
    return to_reader and _CHECK_INBOX.search(line) is not None


_TIME_UNITS = (
    r"(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mn|heures?"
    r"|jours?|semaines?|mois|sek|sekunden|minuten|std|stunden?|tagen?|wochen?|monaten?"
    r"|segundos?|minutos?|horas?|días?|dias?|semanas?|meses|mes)"
)
_AMOUNT = r"(?:\d+|an?|one|une?|einer|einem|una?)"
_STAMP_LEAD = (
    r"(?:(?:updated|posted|published|edited|mis à jour|publié|publiée|modifié|modifiée"
    r"|aktualisiert|veröffentlicht|geändert|actualizado|actualizada|publicado|publicada"
    r"|editado) )?"
)
_RELATIVE_TIME = re.compile(
    _STAMP_LEAD + rf"(?:{_AMOUNT} ?{_TIME_UNITS} ago|il y a {_AMOUNT} ?{_TIME_UNITS}"
    rf"|vor {_AMOUNT} ?{_TIME_UNITS}|hace {_AMOUNT} ?{_TIME_UNITS}"
    r"|just now|à l instant|gerade eben|soeben|hace un momento|ahora mismo)"
)
MAX_RELATIVE_TIME_WORDS = 8


def is_relative_time(page: Page, index: int) -> bool:
    """A stamp saying how long ago something was posted, alone on its line: "2 hours
    ago", "Il y a 12 minutes", "vor 3 Std.", "Actualizado hace 20 min", "Just now".

    The whole line, an optional "Updated"/"Mis à jour"/"Aktualisiert"/"Actualizado"
    aside, is an amount and a unit of time with "ago", "il y a", "vor" or "hace", or a
    word for just now. A story's "Il y a trois ans, le conseil avait voté …" goes on
    after the amount and stays.
    """
    if page.word_count(index) > MAX_RELATIVE_TIME_WORDS:
        return False
    return _RELATIVE_TIME.fullmatch(page.normalized(index)) is not None


_CORRECTION_LABEL = re.compile(
    r"(?i:corrections?|clarifications?|erratum|errata|rectificatifs?|rectification|korrektur"
    r"|berichtigung|richtigstellung|korrigendum|correcci[oó]n|aclaraci[oó]n|fe de erratas?"
    r"|fe de errores|editor['’]s note|note from the editor|note de la r[ée]daction|n\.?d\.?l\.?r\.?"
    r"|anmerkung der redaktion|hinweis der redaktion|nota de la redacci[oó]n|nota del editor)"
    r"\s?[:.–—-]\s+\S"
)
MAX_CORRECTION_WORDS = 45


def is_correction_note(page: Page, index: int) -> bool:
    """An editor's note or correction opened by its label: "Clarification: A previous
    version of this report …", "Rectificatif : une version précédente indiquait …",
    "Korrektur: Zuvor hieß es …", "Fe de errores: …", "Editor's note: …".

    At most forty-five words, and the line opens with the label of an editor's note or a
    correction (correction, erratum, rectificatif, Berichtigung, Korrektur, corrección,
    aclaración, "note de la rédaction", "Anmerkung der Redaktion") then a colon or a
    dash. A story names a correction inside a sentence ("The correction, published in
    March, …"), never as a label opening its paragraph.
    """
    if page.word_count(index) > MAX_CORRECTION_WORDS:
        return False
    return _CORRECTION_LABEL.match(page.paragraphs[index].lstrip("*_ ")) is not None


MORE_WORDS = folded_words("more further plus mehr weitere más")
INFORMATION_WORDS = folded_words(
    "information info infos details reading find out learn know"
    " informations détails lectures savoir en pour aller loin d"
    " informationen einzelheiten details hintergründe erfahren sie zum thema"
    " información informaciones detalles datos saber para"
)
"""A "more information" heading's words, besides "more": information, details, reading,
and the verbs of knowing ("Find out more", "En savoir plus", "Para saber más")."""
MAX_MORE_INFO_WORDS = 5


def is_more_info_heading(page: Page, index: int) -> bool:
    """A heading or link offering more on the subject: "Further reading", "Learn more",
    "Pour aller plus loin", "Weitere Informationen", "Más información".

    At most five words, no sentence end, made only of a word for more (more, plus, mehr,
    weitere, más) and words for information, details, reading or knowing. A story's "Más
    información sobre las frecuencias estará disponible el lunes." goes on and stays.
    """
    line = page.paragraphs[index].strip().rstrip(":→›»>")
    if page.word_count(index) > MAX_MORE_INFO_WORDS or not line or line.endswith(STOPS):
        return False
    return made_of(page.token_list(index), MORE_WORDS, INFORMATION_WORDS)


WIDGET_VERBS = folded_words(
    "enlarge zoom expand collapse vote agrandir zoomer déplier replier voter vergrößern zoomen"
    " ausklappen einklappen abstimmen ampliar agrandar desplegar votar"
)
"""Verbs a widget's button says alone: a picture's zoom, a box's toggle, a poll's vote."""
NOUN_VERBS = folded_words("vote zoom")
"""Widget verbs that are also nouns: alone, "Vote" may be a story's subheading; "Vote now"
is a button."""
MAX_WIDGET_BUTTON_WORDS = 2


def is_widget_button(page: Page, index: int) -> bool:
    """A widget's button alone on its line: "Enlarge", "Zoom in", "Abstimmen!", "Votar
    ahora", "Agrandir".

    At most two words, no full stop: a verb of zooming, expanding or voting, and at most
    "in", "now" or "here" after it; a verb that is also a noun ("Vote", "Zoom") needs that
    second word. A story's subheading names its subject ("The vote", "Vote"), not the
    reader's click.
    """
    line = page.paragraphs[index].strip()
    if page.word_count(index) > MAX_WIDGET_BUTTON_WORDS or not line or line.endswith("."):
        return False
    tokens = page.token_list(index)
    if not tokens or tokens[0] not in WIDGET_VERBS:
        return False
    if len(tokens) == 1 and tokens[0] in NOUN_VERBS:
        return False  # "Vote" alone may be a subheading
    return all(t in DEICTIC_OBJECTS or t == "in" for t in tokens[1:])


FIRST_WORDS = folded_words(
    "first originally initially d abord initialement originellement premier première zuerst"
    " ursprünglich erstmals originalmente primero inicialmente originariamente"
)
"""When a republished article ran elsewhere: first, originally, d'abord, zuerst, primero."""
_PUBLISHED = re.compile(
    r"\b(?:publish|appear|ran\b|paru|publié|erschien|veröffentlicht|publica|publicó|apareci)"
)
MAX_REPUBLICATION_WORDS = 30


def is_republication_note(page: Page, index: int) -> bool:
    """The note that the article ran first elsewhere: "This piece was originally
    published by …", "Ce texte est initialement paru dans …", "Dieser Beitrag wurde
    ursprünglich bei … veröffentlicht", "Este reportaje se publicó primero en …".

    At most thirty words, no verb of reporting: the page named as "this article" ("ce
    texte", "dieser Beitrag", "este reportaje"), a word for first or originally, and a
    verb of publishing or appearing. A story's "The plan first appeared in a council
    report, officials said" names another document, reports, and stays.
    """
    if page.word_count(index) > MAX_REPUBLICATION_WORDS:
        return False
    tokens = page.token_list(index)
    token_set = page.tokens(index)
    if FIRST_WORDS.isdisjoint(token_set) and "d abord" not in page.normalized(index):
        return False
    if not REPORTING_VERBS.isdisjoint(token_set) or THIS_WORDS.isdisjoint(token_set):
        return False
    names_itself = any(
        t in THIS_WORDS and tokens[i + 1] in SELF_NOUNS for i, t in enumerate(tokens[:-1])
    )
    return names_itself and _PUBLISHED.search(page.normalized(index)) is not None


_LANGUAGES = (
    r"(?:english|french|german|spanish|italian|portuguese|catalan|anglais|français|allemand"
    r"|espagnol|italien|portugais|catalan|englisch|französisch|deutsch|spanisch|italienisch"
    r"|inglés|francés|alemán|español|italiano|portugués|catalán|català|euskera|galego"
    r"|anglaise|française|allemande|espagnole|italienne|catalane|inglesa|francesa|alemana"
    r"|española|catalana)"
)
LANGUAGE_LINKS = PhraseRule(
    "language_link",
    "Links to the article in another language.",
    (
        r"(?:read|lire|leer|lesen)(?: (?:this|the|cet|l|este|el))?(?: (?:article|story"
        rf"|artículo|noticia))? (?:in|en) {_LANGUAGES}",
        rf"(?:diesen artikel |den artikel )?auf {_LANGUAGES} lesen",
        rf"{_LANGUAGES} version|version (?:en |in )?{_LANGUAGES}|versión en {_LANGUAGES}"
        rf"|{_LANGUAGES}e version",
    ),
    max_words=6,
)
READER_THANKS = PhraseRule(
    "reader_thanks",
    "Thanks for reading, alone on a line.",
    (
        r"(?:thank you|thanks)(?: so much)? for reading(?: \w+){0,2}",
        r"merci (?:de votre lecture|de nous lire|pour votre lecture|d avoir lu cet article)",
        r"(?:vielen )?dank (?:fürs|für das|für ihr) lesen|danke fürs lesen",
        r"gracias por (?:leer|leernos|tu lectura|su lectura)",
    ),
    max_words=8,
)
DONATIONS = PhraseRule(
    "donation_prompt",
    "Buttons asking for a donation.",
    (
        r"(?:donate|give)(?: now| today| here)?|make a (?:donation|gift)",
        r"faites un don(?: maintenant| ici)?|(?:je )?(?:donne|fais un don)",
        r"jetzt spenden|spenden sie(?: jetzt)?|jetzt unterstützen",
        r"(?:haz|hacer) (?:una|tu) donación|dona (?:ahora|ya|aquí)|donar ahora",
    ),
    max_words=5,
)


POLICY_LINKS = PhraseRule(
    "policy_link",
    "Links to the site's policies and pages: privacy, terms, corrections, contact, about us.",
    (
        r"(?:read )?(?:our )?(?:privacy|cookie|comment|comments|ethics|editorial|corrections?)"
        r" (?:policy|notice|statement|guidelines|standards|principles)",
        r"(?:terms (?:and|&) conditions|terms of (?:use|service)|privacy|imprint|legal notice"
        r"|corrections(?: and)? clarifications)",
        r"(?:notre )?(?:politique de confidentialité|charte (?:des commentaires|déontologique"
        r"|éditoriale)|mentions légales|conditions générales(?: d utilisation)?"
        r"|corrections et précisions|confidentialité)",
        r"(?:unsere )?(?:datenschutz\w*|impressum|agb|nutzungsbedingungen|kommentarrichtlinien"
        r"|leitlinien|netiquette|korrekturen und klarstellungen)",
        r"(?:nuestros? )?(?:aviso (?:legal|de privacidad)|política de (?:privacidad|cookies)"
        r"|normas de (?:participación|la comunidad)|principios editoriales|privacidad"
        r"|correcciones y aclaraciones)",
        r"contact us|nous contacter|contactez nous|kontaktieren sie uns|contáctanos"
        r"|contacta con nosotros|about us|qui sommes nous|über uns|quiénes somos"
        r"|sobre nosotros|advertise with us|werben bei uns|annoncer chez nous"
        r"|anúnciate con nosotros|trabaja con nosotros|nous rejoindre",
    ),
    max_words=6,
)


RULES: tuple[Rule | PhraseRule, ...] = (
    Rule(
        "repeated_title", "The headline repeated above the story.", is_repeated_title, zone="header"
    ),
    Rule(
        "byline",
        "Bylines above the story; their names go to the authors.",
        is_byline,
        MAX_BYLINE_WORDS,
        zone="header",
    ),
    Rule(
        "dateline",
        "Publication and update times above the story.",
        is_dateline,
        MAX_DATELINE_WORDS,
        zone="header",
        dateline=True,
    ),
    *PHRASE_RULES,
    Rule("in_text_teaser", "Links to other stories set in the text.", is_teaser, MAX_TEASER_WORDS),
    Rule("tag_line", "Lines of tags and filing categories.", is_tag_line, MAX_TAG_LINE_WORDS),
    Rule(
        "contact_line",
        "'Follow us', 'write to the reporter' lines.",
        is_contact_line,
        MAX_CONTACT_WORDS,
        zone="tail",
    ),
    Rule(
        "end_credit",
        "Reporting and editing credits under the story.",
        is_end_credit,
        MAX_CREDIT_LINE_WORDS,
        zone="tail",
    ),
    Rule(
        "reader_appeal",
        "'Liked this article? Share it / join us' appeals.",
        is_reader_appeal,
        MAX_APPEAL_WORDS,
    ),
    Rule(
        "copyright_notice",
        "Copyright and reprint notices.",
        is_copyright_notice,
        MAX_COPYRIGHT_WORDS,
    ),
    Rule("bare_url", "Lines that are only a web address.", is_bare_url, 1),
    Rule(
        "trailing_dateline",
        "Update times under the story.",
        is_trailing_dateline,
        MAX_DATELINE_WORDS,
        zone="tail",
    ),
    Rule(
        "top_navigation",
        "Breadcrumbs and menus above the story.",
        is_top_navigation,
        MAX_NAVIGATION_WORDS,
        zone="header",
    ),
    Rule(
        "top_label",
        "Category labels above the story.",
        is_top_label,
        MAX_LABEL_WORDS,
        zone="header",
    ),
    Rule(
        "advertisement_marker",
        "'Advertisement - scroll to continue' markers.",
        is_ad_marker,
        MAX_AD_TAIL_WORDS + 2,
    ),
    Rule(
        "call_to_action",
        "Buttons and prompts addressed to the reader.",
        is_call_to_action,
        MAX_CTA_WORDS,
    ),
    Rule(
        RECOMMENDATION_HEADING,
        "Headings of blocks of other stories under the story.",
        is_recommendation_heading,
        MAX_RECOMMENDATION_WORDS,
        zone="tail",
    ),
    Rule(
        "section_label",
        "Section names above the story.",
        is_section_label,
        MAX_SECTION_WORDS,
        zone="header",
    ),
    Rule(
        "paywall_notice",
        "Subscriber-only notices worded as statements.",
        is_paywall_notice,
        MAX_PAYWALL_WORDS,
    ),
    Rule(
        "neighbour_link",
        "Previous/next article links under the story.",
        is_neighbour_link,
        2 * MAX_NEIGHBOUR_WORDS,
        zone="tail",
    ),
    Rule(
        "comment_prompt",
        "Comment counts and prompts under the story.",
        is_comment_prompt,
        MAX_COMMENT_PROMPT_WORDS,
        zone="tail",
    ),
    Rule(
        "photo_credit",
        "Photo credit lines without a sentence.",
        is_photo_credit,
        MAX_PHOTO_CREDIT_WORDS,
        caption=True,
    ),
    Rule(
        "credited_caption",
        "Photo captions closed by a credit in parentheses.",
        is_credited_caption,
        MAX_CAPTION_WORDS,
        caption=True,
    ),
    Rule(
        "image_kind_label",
        "A label saying a picture is a file, stock or illustration image.",
        is_image_kind_label,
        MAX_IMAGE_KIND_WORDS,
        caption=True,
    ),
    Rule(
        "headline_run",
        "Runs of headline-like lines under the story.",
        is_headline_run,
        MAX_HEADLINE_RUN_WORDS,
        zone="tail",
    ),
    Rule(
        "segmented_line",
        "Short items joined by pipes, bullets or arrows.",
        is_segmented_line,
        MAX_SEGMENTED_WORDS,
    ),
    Rule(
        "framed_marker",
        "A few words between dashes or before an arrow.",
        is_framed_marker,
        MAX_FRAMED_WORDS + 2,
    ),
    Rule(
        "emoji_line", "Short lines with an emoji pictograph.", is_emoji_line, MAX_EMOJI_LINE_WORDS
    ),
    Rule(
        "address_line",
        "Lines giving an e-mail address or a @handle.",
        is_address_line,
        MAX_ADDRESS_LINE_WORDS,
    ),
    Rule(
        "reader_notice",
        "Sentences to the reader under the story.",
        is_reader_notice,
        MAX_READER_SENTENCE_WORDS,
        zone="tail",
    ),
    Rule(
        "labelled_teaser",
        "A label and a headline between story paragraphs.",
        is_labelled_teaser,
        MAX_LABEL_TEASER_WORDS,
        zone="body",
    ),
    Rule(
        "meta_line",
        "Dates and reading times joined by separators.",
        is_meta_line,
        MAX_META_WORDS,
        zone="outside",
    ),
    Rule(
        "wire_dateline",
        "An agency's dateline alone above the story.",
        is_wire_dateline,
        MAX_NAVIGATION_WORDS,
        zone="header",
        dateline=True,
    ),
    Rule(
        "credit_label",
        "A byline written as 'Text: <name>' above the story.",
        is_credit_label,
        MAX_CREDIT_LABEL_WORDS,
        zone="header",
    ),
    Rule(
        "correspondent_credit",
        "The site's own correspondent credited instead of a name.",
        is_correspondent_credit,
        MAX_CORRESPONDENT_WORDS,
    ),
    Rule(
        "newsroom_byline",
        "The newsroom signing as the byline above the story.",
        is_newsroom_byline,
        MAX_NEWSROOM_SIGNATURE_WORDS,
        zone="header",
    ),
    Rule(
        "role_byline",
        "Bylines without 'By': a name and a role.",
        is_role_byline,
        MAX_ROLE_BYLINE_WORDS,
        zone="header",
    ),
    SKIP_LINKS,
    SITE_MENU,
    BADGES,
    POLICY_LINKS,
    RIGHTS,
    LOADING,
    AUTHOR_BOX,
    Rule(
        "kicker",
        "A label in capitals under the headline.",
        is_kicker,
        MAX_SCOOP_LABEL_WORDS,
        zone="header",
    ),
    Rule(
        "feedback_widget",
        "A reader poll and its yes/no buttons.",
        is_feedback_widget,
        MAX_FEEDBACK_WORDS,
    ),
    Rule(
        "breadcrumb_trail",
        "A breadcrumb after its 'You are here:' label.",
        is_breadcrumb_trail,
        MAX_NAVIGATION_WORDS,
        zone="header",
    ),
    Rule("sponsor_credit", "Sponsor credits and ad notices.", is_sponsor_credit, MAX_SPONSOR_WORDS),
    Rule(
        "article_button",
        "Buttons acting on the article.",
        is_article_button,
        MAX_ARTICLE_BUTTON_WORDS,
    ),
    Rule(
        "promo_paragraph",
        "Short paragraphs selling to the reader.",
        is_promo_paragraph,
        MAX_PROMO_WORDS,
    ),
    Rule(
        "comment_form_consent",
        "The comment form's consent box.",
        is_comment_form_consent,
        MAX_READER_SENTENCE_WORDS,
    ),
    Rule(
        "article_note", "Notes about the article itself.", is_article_note, MAX_ARTICLE_NOTE_WORDS
    ),
    Rule(
        "article_warning",
        "Content warnings and age notes above the story.",
        is_article_warning,
        MAX_ARTICLE_WARNING_WORDS,
    ),
    Rule("disclosure", "Affiliate-link disclosures.", is_disclosure, MAX_DISCLOSURE_WORDS),
    Rule("promo_line", "Lines pushing the site's products.", is_promo_line, MAX_PROMO_LINE_WORDS),
    Rule("site_voice", "The site speaking to its reader.", is_site_voice, MAX_SITE_VOICE_WORDS),
    Rule("error_prompt", "Prompts to report an error.", is_error_prompt, MAX_ERROR_PROMPT_WORDS),
    Rule(
        "embed_placeholder",
        "Embedded content waiting for consent.",
        is_embed_placeholder,
        MAX_EMBED_NOTICE_WORDS,
    ),
    Rule(
        "embed_notice",
        "The label of an embed, or the notice that consent keeps it hidden.",
        is_embed_notice,
        MAX_BLOCKED_EMBED_WORDS,
    ),
    Rule(
        "first_person_button",
        "Sign-up buttons in the reader's voice.",
        is_first_person_button,
        MAX_FIRST_PERSON_BUTTON_WORDS,
    ),
    Rule(
        "tell_us_prompt",
        "A question to the reader and a request to tell the site.",
        is_tell_us_prompt,
        MAX_TELL_US_WORDS,
    ),
    Rule(
        "premium_badge",
        "A site's premium badge above the story.",
        is_premium_badge,
        MAX_PREMIUM_BADGE_WORDS,
        zone="header",
    ),
    Rule(
        "agency_credit",
        "The agencies credited under or above the story.",
        is_agency_credit,
        MAX_AGENCY_CREDIT_WORDS,
        zone="outside",
    ),
    Rule(
        "media_control",
        "Photo and video widget buttons and counters.",
        is_media_control,
        MAX_MEDIA_CONTROL_WORDS,
    ),
    Rule(
        "reader_tool",
        "A reading tool's buttons: text size, reading mode.",
        is_reader_tool,
        MAX_READER_TOOL_WORDS,
    ),
    Rule(
        "browser_notice",
        "Notices that the browser cannot show something.",
        is_browser_notice,
        MAX_BROWSER_NOTICE_WORDS,
    ),
    Rule(
        "print_note",
        "A note that the article appeared in print.",
        is_print_note,
        MAX_PRINT_NOTE_WORDS,
        zone="tail",
    ),
    DONATIONS,
    LANGUAGE_LINKS,
    READER_THANKS,
    Rule(
        "author_bio",
        "The author's biography under its heading, under the story.",
        is_author_bio,
        MAX_AUTHOR_BIO_WORDS,
        zone="tail",
    ),
    Rule(
        "author_note",
        "An author's note with contact details under the story.",
        is_author_line,
        MAX_ADDRESS_LINE_WORDS,
        zone="tail",
    ),
    Rule(
        "self_note",
        "Notes about the article itself: updates, corrections, series.",
        is_self_note,
        MAX_SELF_NOTE_WORDS,
    ),
    Rule(
        "content_warning",
        "A content warning under its label.",
        is_content_warning,
        MAX_SELF_NOTE_WORDS,
    ),
    Rule(
        "journalist_bio",
        "The author's biography written as prose under the story.",
        is_journalist_bio,
        MAX_BIO_SENTENCE_WORDS,
        zone="tail",
    ),
    Rule("poll", "A reader poll: a label, a question, a call to vote.", is_poll, MAX_POLL_WORDS),
    Rule(
        "rights_notice",
        "Notices restricting reproduction.",
        is_rights_notice,
        MAX_RIGHTS_NOTICE_WORDS,
    ),
    Rule("article_meter", "A metered paywall's count.", is_article_meter, MAX_METER_WORDS),
    Rule("trial_offer", "A price for a trial period.", is_trial_offer, MAX_TRIAL_OFFER_WORDS),
    Rule(
        "paid_label",
        "A label saying the article is for paying readers.",
        is_paid_label,
        MAX_PAID_LABEL_WORDS,
    ),
    Rule(
        "closing_call",
        "A pitch closed by a call to act.",
        is_closing_call,
        MAX_CLOSING_CALL_WORDS,
    ),
    Rule(
        "login_to_comment",
        "The comment form's login notice.",
        is_login_to_comment,
        MAX_LOGIN_TO_COMMENT_WORDS,
    ),
    Rule(
        "review_credit",
        "An expert's review credit above the story.",
        is_review_credit,
        MAX_REVIEW_CREDIT_WORDS,
        zone="header",
    ),
    Rule(
        "opinion_disclaimer",
        "The note that an opinion piece speaks for its author only.",
        is_opinion_disclaimer,
        MAX_OPINION_NOTE_WORDS,
    ),
    Rule(
        "summary_heading",
        "The heading of a summary box in the article.",
        is_summary_heading,
        MAX_SUMMARY_HEADING_WORDS,
    ),
    Rule(
        "feed_control",
        "A live blog's or a feed's buttons and notices.",
        is_feed_control,
        MAX_FEED_CONTROL_WORDS,
    ),
    Rule(
        "feed_refresh",
        "A live feed's refresh control or its on/off state.",
        is_feed_refresh,
        MAX_FEED_REFRESH_WORDS,
    ),
    Rule(
        "series_label",
        "The label of a series the article belongs to.",
        is_series_label,
        MAX_SERIES_LABEL_WORDS,
    ),
    Rule(
        "chrome_compound",
        "Short German lines built around a compound of two chrome stems.",
        is_chrome_compound,
        MAX_COMPOUND_LINE_WORDS,
    ),
    Rule(
        "support_line",
        "A helpline offered to the reader, open around the clock.",
        is_support_line,
        MAX_SUPPORT_LINE_WORDS,
    ),
    Rule(
        "form_field",
        "The label of a sign-up form's e-mail field.",
        is_form_field,
        MAX_FIELD_WORDS,
    ),
    Rule(
        "terms_notice",
        "The small print of a form: agreeing to a privacy policy or terms.",
        is_terms_notice,
        MAX_TERMS_NOTICE_WORDS,
    ),
    Rule(
        "signup_thanks",
        "What a sign-up form says once sent.",
        is_signup_thanks,
        MAX_SIGNUP_THANKS_WORDS,
    ),
    Rule(
        "relative_time",
        "A stamp saying how long ago, alone on its line.",
        is_relative_time,
        MAX_RELATIVE_TIME_WORDS,
    ),
    Rule(
        "correction_note",
        "An editor's note or correction opened by its label.",
        is_correction_note,
        MAX_CORRECTION_WORDS,
    ),
    Rule(
        "more_info_heading",
        "A heading or link offering more on the subject.",
        is_more_info_heading,
        MAX_MORE_INFO_WORDS,
    ),
    Rule(
        "republication_note",
        "The note that the article ran first elsewhere.",
        is_republication_note,
        MAX_REPUBLICATION_WORDS,
    ),
    Rule(
        "widget_button",
        "A widget's zoom, toggle or vote button alone on its line.",
        is_widget_button,
        MAX_WIDGET_BUTTON_WORDS,
    ),
    Rule(
        "site_policy",
        "The site pointing to its rules for readers.",
        is_site_policy,
        MAX_SITE_POLICY_WORDS,
    ),
)
CAPTION_RULES = frozenset(r.name for r in RULES if isinstance(r, Rule) and r.caption)
"""Names of the rules whose lines are photo captions or credits (see ``Rule.caption``)."""
DATELINE_RULES = frozenset(r.name for r in RULES if isinstance(r, Rule) and r.dateline)
"""Names of the rules whose lines may be a story's dateline set apart (``Rule.dateline``)."""
TRAILING_BLOCK = "trailing_block"
"""Name recorded for short lines under a trailing "Related"/"Comments" heading."""


def strip_chrome(paragraphs: Sequence[str], title: str | None) -> tuple[list[str], list[Removal]]:
    """Remove chrome paragraphs, recording each removal with its rule.

    Args:
        paragraphs: Extracted paragraphs, in page order.
        title: The article's headline, if known, to spot it repeated at the top.

    Returns:
        The kept paragraphs, and one :class:`Removal` per removed paragraph, in order.

    >>> lines = ["World News", "Rain in Paris", "It rained all day in Paris.", "Share"]
    >>> kept, removed = strip_chrome(lines, "Rain in Paris")
    >>> kept
    ['It rained all day in Paris.']
    >>> [(r.rule, r.position) for r in removed]
    [('top_label', 0), ('repeated_title', 1), ('share_prompt', 3)]
    """
    page = Page(list(paragraphs), title)
    verdicts = {i: rule.name for i in range(len(paragraphs)) if (rule := _first_rule(page, i))}
    verdicts.update(_second_pass(page, verdicts))
    verdicts.update(_trailing_block(page, verdicts))
    verdicts.update(_related_block(page, verdicts))
    verdicts.update(_off_topic_tail(page, verdicts))
    kept = [p for i, p in enumerate(paragraphs) if i not in verdicts]
    removed = [
        Removal(text=paragraphs[i], rule=name, position=i) for i, name in sorted(verdicts.items())
    ]
    return kept, removed


def _first_rule(page: Page, index: int) -> Rule | PhraseRule | None:
    if not page.paragraphs[index].strip():
        return None
    header = index < page.first_prose
    tail = index >= page.last_prose
    body = page.first_prose < index < page.last_prose
    rules = _rules_for(min(page.word_count(index), _LONGEST_BOUND + 1), header, tail, body)
    return next((rule for rule, test in rules if test(page, index)), None)


_LONGEST_BOUND = max(r.max_words or 0 for r in RULES)


@functools.cache
def _rules_for(
    word_count: int, header: bool, tail: bool, body: bool
) -> tuple[tuple[Rule | PhraseRule, Callable[[Page, int], bool]], ...]:
    """The rules, in order, that may judge a paragraph of this many words in this zone,
    each with the function that judges (a :class:`Rule`'s test, called directly)."""
    zones = {"any": True, "header": header, "tail": tail, "outside": header or tail, "body": body}
    return tuple(
        (r, r.test if isinstance(r, Rule) else r)
        for r in RULES
        if (r.max_words is None or word_count <= r.max_words)
        and (isinstance(r, PhraseRule) or zones[r.zone])
    )


def _second_pass(page: Page, verdicts: dict[int, str]) -> dict[int, str]:
    """Judge again the lines above and below the story once its chrome is set aside.

    A chrome line shaped like prose (a cookie notice, an author's note under the story)
    hides where the story begins or ends; without it, the lines around the story are
    judged again by the rules of the header and of the tail (the last prose paragraph
    with them, since it may be such a line too), and a heading already removed counts
    in a run of headlines under it; again while a pass finds more, up to
    :data:`MAX_SECOND_PASSES` times.
    """
    found: dict[int, str] = {}
    for _ in range(MAX_SECOND_PASSES):
        if not verdicts and not found:
            break
        second = page.without(frozenset(verdicts) | frozenset(found))
        last = second.last_prose
        end = last if last > second.first_prose else last + 1  # never the story's only one
        outside = [*range(second.first_prose), *range(end, len(page.paragraphs))]
        new = {
            i: rule.name
            for i in outside
            if i not in verdicts and i not in found and (rule := _first_rule(second, i))
        }
        if not new:
            break
        found.update(new)
    return found


MAX_SECOND_PASSES = 3
"""Chrome shaped like prose can stand in a row under the story (an author's biography over
a copyright notice): each pass that removes one finds the story's end again."""


def _trailing_block(page: Page, verdicts: dict[int, str]) -> dict[int, str]:
    """Short lines after the last story prose, once a related/comments heading began.

    A heading starts a trailing block only when no story prose follows it; then the
    short lines after it (related headlines, form labels) go too. Prose never does.
    """
    headings = [i for i, name in verdicts.items() if name in SECTION_ENDERS]
    last_prose = max(
        (i for i in range(len(page.paragraphs)) if page.prose_at(i) and i not in verdicts),
        default=-1,
    )
    start = min((i for i in headings if i > last_prose), default=None)
    if start is None:
        return {}
    return {
        i: TRAILING_BLOCK
        for i in range(start + 1, len(page.paragraphs))
        if i not in verdicts and page.word_count(i) <= MAX_TRAILING_WORDS
    }


RELATED_BLOCK = "related_block"
"""Name recorded for headlines directly under a related-stories heading."""
MIN_RELATED_BLOCK = 2


def _related_block(page: Page, verdicts: dict[int, str]) -> dict[int, str]:
    """Headlines directly under a related-stories heading, even with prose further down.

    A "Most read" heading after the story began, then at least two headline-shaped lines
    (short, no sentence end; at most :data:`MAX_HEADLINE_RUN`) before the next prose
    paragraph: the lines go, since prose-shaped chrome under them (an author's
    biography, a notice) kept :func:`_trailing_block` from taking them. A heading over one
    short line and then prose ("Related" over a subheading) takes nothing.
    """
    found: dict[int, str] = {}
    for heading in sorted(i for i, name in verdicts.items() if name in RELATED_HEADINGS):
        if heading <= page.first_prose:
            continue
        block: list[int] = []
        for i in range(heading + 1, len(page.paragraphs)):
            if i in verdicts:
                continue
            line = page.paragraphs[i].strip()
            if (
                not line
                or page.word_count(i) > MAX_HEADLINE_RUN_WORDS
                or ends_sentence(line)
                or len(block) == MAX_HEADLINE_RUN
            ):
                break
            block.append(i)
        if len(block) >= MIN_RELATED_BLOCK:
            found.update(dict.fromkeys(block, RELATED_BLOCK))
    return found


OFF_TOPIC_TAIL = "off_topic_tail"
"""Name recorded for short lines under the story that share no word with it."""


def _off_topic_tail(page: Page, verdicts: dict[int, str]) -> dict[int, str]:
    """Short lines under the story sharing no word with it, once the rules and the blocks
    have removed other chrome there (:func:`is_off_topic_tail`)."""
    if not verdicts:
        return {}
    rest = page.without(frozenset(verdicts))
    return {
        i: OFF_TOPIC_TAIL
        for i in range(rest.last_prose + 1, len(page.paragraphs))
        if i not in verdicts and is_off_topic_tail(rest, i)
    }


SITE_REPEATED = "site_repeated"
"""Name recorded for lines a :class:`SiteChrome` learned from other pages of the site."""
MIN_SITE_PAGES = 3
MAX_SITE_LINE_WORDS = 20
MAX_SITE_SENTENCE_WORDS = 6
"""A line that ends like a sentence is learned only when this short ("Comments are closed.")."""
MAX_LINES_PER_SITE = 50_000
"""Memory bound: a site's new lines stop being counted once this many are tracked."""


def site_of(url: str | None) -> str | None:
    """The registered domain of a URL (its host when it has none), or ``None``.

    >>> site_of("https://www.bbc.co.uk/news/world-1")
    'bbc.co.uk'
    >>> site_of("http://127.0.0.1:8000/page")
    '127.0.0.1'
    """
    if not url or not url.startswith(("http://", "https://")):
        return None
    domain: str | None = courlan.extract_domain(url, fast=True)
    return domain or urlsplit(url).hostname


def is_repeatable_line(line: str) -> bool:
    """Tell whether a line is short enough to be learned as a site's chrome.

    Story prose never is, nor a sentence longer than a few words, so a stock phrase a
    site's reporters repeat ("The company did not respond to a request for comment.")
    stays in every story.
    """
    count = len(words(line))
    return (
        0 < count <= MAX_SITE_LINE_WORDS
        and not is_prose(line)
        and (count <= MAX_SITE_SENTENCE_WORDS or not ends_sentence(line))
    )


class SiteChrome:
    """Learns the short lines a site repeats on many pages, and removes them.

    A line seen on ``min_pages`` different pages (URLs) of the same site is that
    site's chrome from then on: the page that reaches the threshold and every later
    page of the site lose it. Safe to share between threads.

    Args:
        min_pages: On how many pages of a site a line must appear to be chrome.

    Example:
        >>> learner = SiteChrome()
        >>> story = "It rained all day in Paris, and the Seine rose by two metres overnight."
        >>> for n in range(3):
        ...     kept, removed = learner.strip(f"https://example.org/{n}", [story, "Menu"])
        >>> kept == [story], [(r.rule, r.text) for r in removed]
        (True, [('site_repeated', 'Menu')])
    """

    def __init__(self, min_pages: int = MIN_SITE_PAGES) -> None:
        self.min_pages = min_pages
        self._lock = threading.Lock()
        self._pages: dict[str, dict[str, set[str]]] = {}

    def learn(self, url: str | None, paragraphs: Sequence[str]) -> frozenset[str]:
        """Count a page's short lines; return the (normalised) lines now known as chrome.

        A page without an http(s) URL teaches nothing and has no known chrome.
        """
        site = site_of(url)
        if site is None or url is None:
            return frozenset()
        candidates = {normalize(p) for p in paragraphs if is_repeatable_line(p)} - {""}
        with self._lock:
            lines = self._pages.setdefault(site, {})
            for line in candidates:
                pages = lines.get(line)
                if pages is None and len(lines) < MAX_LINES_PER_SITE:
                    lines[line] = pages = set()
                if pages is not None and len(pages) < self.min_pages:
                    pages.add(url)
            return frozenset(
                line for line in candidates if len(lines.get(line, ())) >= self.min_pages
            )

    def strip(
        self, url: str | None, paragraphs: Sequence[str], positions: Sequence[int] | None = None
    ) -> tuple[list[str], list[Removal]]:
        """Learn from a page, then remove the site's repeated lines from it.

        Args:
            url: The page's URL; its registered domain is the site.
            paragraphs: The page's paragraphs (after the other chrome rules).
            positions: Each paragraph's index before any chrome removal, recorded in the
                removals; by default the paragraphs' own indices.

        Returns:
            The kept paragraphs, and one :class:`Removal` (rule ``site_repeated``) per
            removed line.
        """
        chrome = self.learn(url, paragraphs)
        where = list(positions) if positions is not None else list(range(len(paragraphs)))
        kept: list[str] = []
        removed: list[Removal] = []
        for position, paragraph in zip(where, paragraphs, strict=True):
            if chrome and is_repeatable_line(paragraph) and normalize(paragraph) in chrome:
                removed.append(Removal(text=paragraph, rule=SITE_REPEATED, position=position))
            else:
                kept.append(paragraph)
        return kept, removed
