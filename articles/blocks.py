"""StreamField blocks for articles and knowledge-base topics; one template per block in templates/blocks/."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

INLINE_FEATURES = ["bold", "italic", "link"]
PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class TipBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"))


class NumberedTipsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    tips = blocks.ListBlock(TipBlock(), label=_("Tips"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Numbered tips")
        template = "blocks/numbered_tips.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=PARAGRAPH_FEATURES)

    class Meta:
        icon = "pick"
        label = _("Key takeaway")
        template = "blocks/callout.html"


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=PARAGRAPH_FEATURES, template="blocks/paragraph.html"
    )
    heading = blocks.CharBlock(
        label=_("Heading"), max_length=120, icon="title", template="blocks/heading.html"
    )
    numbered_tips = NumberedTipsBlock()
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    callout = CalloutBlock()
    embed = EmbedBlock(label=_("Embed"), icon="media", template="blocks/embed.html")


class PitfallBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"))


class ReadingBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    source = blocks.CharBlock(label=_("Author or source"), required=False, max_length=200)
    url = blocks.URLBlock(label=_("Link"), required=False)
    note = blocks.TextBlock(label=_("Why read it"), required=False)


class TopicBodyBlock(blocks.StreamBlock):
    """The Pro body of a topic: fixed sections so every topic page answers the same questions."""

    key_questions = blocks.ListBlock(
        blocks.CharBlock(max_length=250),
        label=_("Key questions"),
        icon="help",
        template="blocks/key_questions.html",
    )
    what_works = blocks.RichTextBlock(
        label=_("What works"), features=PARAGRAPH_FEATURES, template="blocks/what_works.html"
    )
    what_does_not_work = blocks.RichTextBlock(
        label=_("What does not work"),
        features=PARAGRAPH_FEATURES,
        template="blocks/what_does_not_work.html",
    )
    pitfalls = blocks.ListBlock(
        PitfallBlock(), label=_("Pitfalls"), icon="warning", template="blocks/pitfalls.html"
    )
    further_reading = blocks.ListBlock(
        ReadingBlock(), label=_("Further reading"), icon="doc-full", template="blocks/further_reading.html"
    )
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=PARAGRAPH_FEATURES, template="blocks/paragraph.html"
    )
    heading = blocks.CharBlock(
        label=_("Heading"), max_length=120, icon="title", template="blocks/heading.html"
    )
