#!/usr/bin/python3
"""One sale and one decline at the real demo counter, through AT-SPI alone.

Run by run_atspi_checkout.sh inside its own D-Bus session with an AT-SPI bus
(ctest: AtspiCheckoutTest). It starts `quire --demo=ephemeral` with
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 and then does what a screen reader user
does, through the accessibility tree only: it finds controls by role and
accessible name, presses buttons with their AT-SPI action, fills fields with
EditableText, moves the focus with Component.grabFocus and types with
AT-SPI's synthesized key events (what Orca's users' keys are). The hosted
payment page is filled in the same way: its label, field and button are in
the tree (PaymentWebView turns Chromium's accessibility on while an
assistive technology is active).

Usage: atspi_checkout.py <quire executable>
"""

import os
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

GOOD_CARD = "4242424242424242"
DECLINED_CARD = "4000000000000002"
ISBN = "9780141439518"
KEY_RETURN = 0xFF0D
KEY_SPACE = 0x20


def log(message):
    print(f"[atspi {time.strftime('%H:%M:%S')}] {message}", flush=True)


class Failure(Exception):
    pass


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    try:
        count = node.childCount
    except Exception:
        return
    for index in range(count):
        try:
            child = node.getChildAtIndex(index)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def has_state(node, state):
    try:
        return node.getState().contains(state)
    except Exception:
        return False


def find(root, role, name=None, name_starts=None, name_contains=None):
    """The first showing node with this role and name."""
    for node in walk(root):
        try:
            if node.getRoleName() != role:
                continue
            node_name = node.name or ""
        except Exception:
            continue
        if name is not None and node_name != name:
            continue
        if name_starts is not None and not node_name.startswith(name_starts):
            continue
        if name_contains is not None and name_contains not in node_name.lower():
            continue
        if has_state(node, pyatspi.STATE_SHOWING):
            return node
    return None


def enabled(node):
    return node if node is not None and has_state(node, pyatspi.STATE_ENABLED) else None


def wait_for(what, probe, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = probe()
        if found:
            return found
        time.sleep(0.25)
    raise Failure(f"timed out waiting for {what}")


def app_root():
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name == "quire":
            return app
    return None


def press(node):
    """Its AT-SPI "Press" action, as a screen reader's activate does."""
    action = node.queryAction()
    names = [action.getName(index) for index in range(action.nActions)]
    if "Press" not in names:
        raise Failure(f"{node.name!r} offers no Press action, only {names}")
    action.doAction(names.index("Press"))
    log(f"pressed {node.name!r}")


def set_text(node, text, what):
    if not node.queryEditableText().setTextContents(text):
        raise Failure(f"could not fill in {what}")
    log(f"filled in {what}")


def focus(node):
    # grabFocus returns before Qt has moved the focus; a page still loading
    # may not take it yet: ask again now and then.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        node.queryComponent().grabFocus()
        for _ in range(8):
            if has_state(node, pyatspi.STATE_FOCUSED):
                return
            time.sleep(0.25)
    raise Failure(f"timed out waiting for the focus on {node.name!r}")


def key(keysym):
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    time.sleep(0.03)


def type_text(text):
    for char in text:
        key(ord(char))


def text_of(node):
    try:
        return node.queryText().getText(0, -1)
    except Exception:
        return ""


def sign_in(root):
    identifier = wait_for("the sign-in field",
                          lambda: find(root, "text", "User name, e-mail or card number"), 60)
    set_text(identifier, "alex", "the user name")
    pin = find(root, "password text", "PIN")
    if pin is None:
        raise Failure("no PIN field")
    set_text(pin, "314159", "the PIN")
    press(find(root, "push button", "Sign in"))


def scan_and_confirm(root):
    scan = wait_for("the barcode field", lambda: find(root, "text", "Barcode"), 30)
    focus(scan)
    type_text(ISBN)
    key(KEY_RETURN)
    press(wait_for("an enabled Confirm order",
                   lambda: enabled(find(root, "push button", "Confirm order")), 20))
    press(wait_for("an enabled Confirm and pay",
                   lambda: enabled(find(root, "push button", "Confirm the order and pay")), 20))


def card_field(root):
    return find(root, "text", "Card number") or find(root, "entry", "Card number")


def focused_card_field(root):
    """The card field of the page now shown, focused. Right after Confirm the
    tree can still hold the previous page's field for a moment: a node that
    vanishes while we focus it is looked up again."""
    deadline = time.monotonic() + 40
    while True:
        field = wait_for("the hosted page's card field in the tree", lambda: card_field(root),
                         max(1, deadline - time.monotonic()))
        try:
            focus(field)
            return field
        except GLib.GError as error:
            if time.monotonic() > deadline:
                raise Failure(f"the card field kept vanishing: {error}")
            log("the card field went away (the previous page's): looking again")
            time.sleep(0.3)


def pay_on_hosted_page(root, card):
    # A page being replaced (the previous sale's, or the same page reloading)
    # can take nodes out of the tree under our hands: start over on the page
    # now shown, as a screen reader user would.
    for attempt in range(3):
        try:
            fill_card_and_pay(root, card)
            return
        except GLib.GError as error:
            log(f"the page changed while paying ({error}): again")
            time.sleep(0.5)
    raise Failure("the hosted page kept changing while paying")


def fill_card_and_pay(root, card):
    field = focused_card_field(root)
    log("the hosted page's card field is in the accessibility tree")
    # Empty it (after a decline it holds the previous card).
    for _ in range(len(text_of(field))):
        key(0xFF08)  # BackSpace
    type_text(card)
    wait_for("the card number in the field", lambda: text_of(field).replace(" ", "") == card, 10)
    pay = wait_for("the page's Pay button", lambda: find(root, "push button", name_starts="Pay "), 10)
    # Qt WebEngine 6.4 offers a page's buttons only a SetFocus action: focus
    # it and press Space, as a screen reader user does.
    focus(pay)
    key(KEY_SPACE)
    log(f"pressed Space on {pay.name!r}")


def paid_is_announced(root):
    heading = find(root, "label", "Payment received")
    if heading is None:
        return None
    # The outcome's first control has the focus and carries the outcome.
    new_sale = find(root, "push button", "Start a new sale")
    if new_sale is None or not has_state(new_sale, pyatspi.STATE_FOCUSED):
        return None
    if "Payment received" not in (new_sale.description or ""):
        return None
    return new_sale


def run(root):
    sign_in(root)
    scan_and_confirm(root)
    pay_on_hosted_page(root, GOOD_CARD)
    new_sale = wait_for("the paid outcome, announced on the focused New sale", lambda: paid_is_announced(root), 40)
    log(f"paid: focus on {new_sale.name!r}, described as {new_sale.description!r}")
    press(new_sale)

    scan_and_confirm(root)
    pay_on_hosted_page(root, DECLINED_CARD)
    status = wait_for("the decline on the payment screen",
                      lambda: find(root, "label", name_contains="declined"), 40)
    log(f"declined: {status.name!r}")
    pay_on_hosted_page(root, GOOD_CARD)
    new_sale = wait_for("the paid outcome after the decline", lambda: paid_is_announced(root), 40)
    log(f"paid after the decline: {new_sale.description!r}")


def main():
    app_path = sys.argv[1] if len(sys.argv) > 1 else "quire"
    env = dict(os.environ)
    env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
    env.setdefault("LANG", "en_GB.UTF-8")
    env["LANGUAGE"] = "en"
    log(f"starting {app_path} --demo=ephemeral")
    app = subprocess.Popen([app_path, "--demo=ephemeral", "--language", "en"], env=env)
    try:
        root = wait_for("the quire application on the AT-SPI bus", app_root, 60)
        run(root)
    except Failure as failure:
        log(f"FAIL: {failure}")
        return 1
    finally:
        app.terminate()
        try:
            app.wait(20)
        except subprocess.TimeoutExpired:
            app.kill()
    log("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
