"""Section headings of shop and pharmacy pages in Arabic, Persian, Hebrew and Hindi: other
products ("similar products", "customers also bought"), buyers' questions and answers, and
reviews (label_headers' Section values). What they name is another product or what a buyer uses. Each comes with the words
every match contains (label_headers' prefilter); the Arabic letters written two ways
(teh marbuta or heh, Arabic or Persian yeh and kaf) are matched either way, as the text may
have been through script_fold.fold_letters."""

from __future__ import annotations

import re

OTHER_PRODUCTS_HEADER = (
    "other_products",
    re.compile(
        # Arabic "similar / related products", "you may also like", "customers also bought"
        r"(\u0645\u0646\u062a\u062c\u0627\u062a (\u0645\u0634\u0627\u0628\u0647[\u0629\u0647]|\u0630\u0627\u062a \u0635\u0644[\u0629\u0647])|\u0642\u062f \u064a\u0639\u062c\u0628\u0643 (\u0623|\u0627)\u064a\u0636\u0627|"
        r"\u0627\u0634\u062a\u0631[\u0649\u064a\u06cc] \u0627\u0644\u0639\u0645\u0644\u0627\u0621 (\u0623|\u0627)\u064a\u0636\u0627|"
        # Persian "similar / related products"
        r"\u0645\u062d\u0635\u0648\u0644\u0627\u062a (\u0645\u0634\u0627\u0628\u0647|\u0645\u0631\u062a\u0628\u0637)|"
        # Hebrew "similar products", "more products", "customers also bought"
        r"\u05de\u05d5\u05e6\u05e8\u05d9\u05dd (\u05d3\u05d5\u05de\u05d9\u05dd|\u05e0\u05d5\u05e1\u05e4\u05d9\u05dd)|\u05dc\u05e7\u05d5\u05d7\u05d5\u05ea \u05e7\u05e0\u05d5 \u05d2\u05dd|"
        # Hindi "similar products", "customers also bought"
        r"\u0938\u092e\u093e\u0928 \u0909\u0924\u094d\u092a\u093e\u0926|\u0917\u094d\u0930\u093e\u0939\u0915\u094b\u0902 \u0928\u0947 \u092f\u0939 \u092d\u0940 \u0916\u0930\u0940\u0926\u093e)[^:\n]{0,20}:?"
    ),
    (
        "\u0645\u0646\u062a\u062c\u0627\u062a",
        "\u0642\u062f \u064a\u0639\u062c\u0628\u0643",
        "\u0627\u0644\u0639\u0645\u0644\u0627\u0621",
        "\u0645\u062d\u0635\u0648\u0644\u0627\u062a",
        "\u05de\u05d5\u05e6\u05e8\u05d9\u05dd",
        "\u05e7\u05e0\u05d5 \u05d2\u05dd",
        "\u0938\u092e\u093e\u0928 \u0909\u0924\u094d\u092a\u093e\u0926",
        "\u092d\u0940 \u0916\u0930\u0940\u0926\u093e",
    ),
)
# A buyer's question, its line after its mark: Arabic and Persian "question" ("\u0633:" and
# "\u0633\u0624\u0627\u0644:"), Hebrew "\u05e9:" and "\u05e9\u05d0\u05dc\u05d4:", Hindi "\u092a\u094d\u0930\u0936\u094d\u0928:"; and the heading "questions and
# answers" in each
QUESTION_LINE = (
    "other_products",
    re.compile(
        r"^[ \t]*(\u0633|\u0633\u0624\u0627\u0644|\u0633\u0648\u0627\u0644|\u067e\u0631\u0633\u0634|\u05e9|\u05e9\u05d0\u05dc\u05d4|\u092a\u094d\u0930\u0936\u094d\u0928|\u0938\u0935\u093e\u0932)[ \t]*:|"
        r"(\u0627\u0644\u0623|\u0627\u0644\u0627|\u0623|\u0627)\u0633\u0626\u0644[\u0629\u0647] \u0648(\u0627\u0644)?(\u0623|\u0627)\u062c\u0648\u0628[\u0629\u0647]|\u067e\u0631\u0633\u0634 \u0648 \u067e\u0627\u0633\u062e|\u05e9\u05d0\u05dc\u05d5\u05ea \u05d5\u05ea\u05e9\u05d5\u05d1\u05d5\u05ea|"
        r"\u092a\u094d\u0930\u0936\u094d\u0928 \u0914\u0930 \u0909\u0924\u094d\u0924\u0930",
        re.M,
    ),
    (
        "\u0633:",
        "\u0633 :",
        "\u0633\u0624\u0627\u0644",
        "\u0633\u0648\u0627\u0644",
        "\u067e\u0631\u0633\u0634",
        "\u05e9:",
        "\u05e9 :",
        "\u05e9\u05d0\u05dc",
        "\u092a\u094d\u0930\u0936\u094d\u0928",
        "\u0938\u0935\u093e\u0932",
        "\u0633\u0626\u0644",
    ),
)
# buyers' reviews: Arabic "customer reviews / opinions", "reviews"; Persian "users' comments",
# "comments"; Hebrew "reviews", "opinions"; Hindi "customer reviews", "reviews"
REVIEWS_HEADER = (
    "reviews",
    re.compile(
        r"^[ \t]*(\u062a\u0642\u064a\u064a\u0645\u0627\u062a \u0627\u0644\u0639\u0645\u0644\u0627\u0621|\u0622\u0631\u0627\u0621 \u0627\u0644\u0639\u0645\u0644\u0627\u0621|\u0627\u0644\u0645\u0631\u0627\u062c\u0639\u0627\u062a|"
        r"\u0646\u0638\u0631\u0627\u062a( \u06a9\u0627\u0631\u0628\u0631\u0627\u0646| \u0643\u0627\u0631\u0628\u0631\u0627\u0646)?|\u062f\u06cc\u062f\u06af\u0627\u0647[\u200c ]?\u0647\u0627|\u062f\u064a\u062f\u06af\u0627\u0647[\u200c ]?\u0647\u0627|"
        r"\u05d1\u05d9\u05e7\u05d5\u05e8\u05d5\u05ea|\u05d7\u05d5\u05d5\u05ea \u05d3\u05e2\u05ea|\u0917\u094d\u0930\u093e\u0939\u0915 \u0938\u092e\u0940\u0915\u094d\u0937\u093e\u090f\u0901|\u0938\u092e\u0940\u0915\u094d\u0937\u093e\u090f\u0902|\u0938\u092e\u0940\u0915\u094d\u0937\u093e\u090f\u0901)"
        r"[ \t]*(\(\d[\d,.]*\))?[ \t]*(:|$)",
        re.M,
    ),
    (
        "\u062a\u0642\u064a\u064a\u0645\u0627\u062a",
        "\u0622\u0631\u0627\u0621",
        "\u0627\u0644\u0645\u0631\u0627\u062c\u0639\u0627\u062a",
        "\u0646\u0638\u0631\u0627\u062a",
        "\u062f\u06af\u0627\u0647",
        "\u05d1\u05d9\u05e7\u05d5\u05e8\u05d5\u05ea",
        "\u05d7\u05d5\u05d5\u05ea \u05d3\u05e2\u05ea",
        "\u0938\u092e\u0940\u0915\u094d\u0937\u093e",
    ),
)
SCRIPT_HEADERS = [OTHER_PRODUCTS_HEADER, QUESTION_LINE, REVIEWS_HEADER]
