#pragma once

#include <QList>

class QWidget;

namespace quire {

// Puts widgets in this tab order, one after the other.
//
// The order a .ui form's <tabstops> set in setupUi() does not survive the
// form being reparented later (into a QStackedWidget, a window's page
// stack): Qt 6.4 then rebuilds the moved widgets' focus chain in the order
// they were created, so Tab went to a summary table before "Confirm and pay".
// Forms apply their order again when they are shown.
class TabOrder final
{
public:
    TabOrder() = delete;

    static void apply(const QList<QWidget *> &order);
};

} // namespace quire
