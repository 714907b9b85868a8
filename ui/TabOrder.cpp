#include "TabOrder.h"

#include <QWidget>

namespace quire {

void TabOrder::apply(const QList<QWidget *> &order)
{
    for (qsizetype index = 1; index < order.size(); ++index)
        QWidget::setTabOrder(order.at(index - 1), order.at(index));
}

} // namespace quire
