#pragma once

class QWidget;

namespace quire {

// Names for the controls Qt builds inside other widgets, which a screen
// reader would otherwise announce as unnamed buttons: a line edit's clear
// button, a table's "select all" corner button, a tool bar's "more" button.
class AccessibleNames final
{
public:
    AccessibleNames() = delete;

    // Names those found under `root` (a window, after its pages are built;
    // again after a language change).
    static void nameBuiltInControls(QWidget *root);
};

} // namespace quire
