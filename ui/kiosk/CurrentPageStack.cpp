#include "kiosk/CurrentPageStack.h"

namespace quire {

CurrentPageStack::CurrentPageStack(QWidget *parent)
    : QStackedWidget(parent)
{
    // The scroll area round the stack asks again when the page changes.
    connect(this, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
}

CurrentPageStack::~CurrentPageStack() = default;

QSize CurrentPageStack::sizeHint() const
{
    const QWidget *page = currentWidget();
    return page ? page->sizeHint() : QStackedWidget::sizeHint();
}

QSize CurrentPageStack::minimumSizeHint() const
{
    const QWidget *page = currentWidget();
    return page ? page->minimumSizeHint().expandedTo(page->minimumSize())
                : QStackedWidget::minimumSizeHint();
}

bool CurrentPageStack::hasHeightForWidth() const
{
    const QWidget *page = currentWidget();
    return page ? page->hasHeightForWidth() : false;
}

int CurrentPageStack::heightForWidth(int width) const
{
    const QWidget *page = currentWidget();
    return page && page->hasHeightForWidth() ? page->heightForWidth(width) : -1;
}

} // namespace quire
