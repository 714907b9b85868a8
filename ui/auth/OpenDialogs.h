#pragma once

class QWidget;

namespace quire {

// Rejects every visible dialog over `window` (file and print dialogs,
// manager approvals, message boxes), innermost first, as if its user had
// pressed Cancel: a dialog left open when the till locks or its clerk signs
// out would otherwise stay usable, with that clerk's rights, by whoever comes
// next. Dialogs shown by exec() return Rejected to their callers.
void rejectOpenDialogs(QWidget *window);

} // namespace quire
