"""The page editor's inline scripts are allowed by hash only when each is one widget start-up with literal data."""

from chitieu.core.csp import script_hashes, with_script_hashes

WIDGETS = [
    '<script>new ImageChooser("id_image", {"modalUrl": "/cms-admin/images/chooser/"});</script>',
    '<script>initDateTimeChooser("id\\u002Ddate", {"dayOfWeekStart": 0, "format": "Y-m-d H:i"});</script>',
    '<script>\n        (function() {\n            var panel = new InlinePanel(JSON.parse("{\\u0022formsetPrefix'
    '\\u0022: \\u0022id_entries\\u0022}"));\n        })();\n    </script>',
]


def test_each_widget_start_up_is_allowed_by_its_hash():
    assert len(script_hashes("".join(WIDGETS))) == 3


def test_a_widget_call_carrying_code_is_not_allowed():
    forged = [
        '<script>new ImageChooser("x", {}); alert(document.cookie); f({});</script>',
        '<script>initDateChooser("x", window.location);</script>',
        '<script>new InlinePanel({});</script>',
        '<script src="/x.js">new ImageChooser("x", {});</script>',
        "<script>alert(1)</script>",
    ]
    assert script_hashes("".join(forged)) == []


def test_the_hashes_join_the_script_directive_and_nothing_else():
    policy = "default-src 'self'; script-src 'self'; frame-ancestors 'none'"
    assert with_script_hashes(policy, ["'sha256-A'"]) == (
        "default-src 'self'; script-src 'self' 'sha256-A'; frame-ancestors 'none'")
    assert with_script_hashes("default-src 'self'", ["'sha256-A'"]) == "default-src 'self'; script-src 'self' 'sha256-A'"
