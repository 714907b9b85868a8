#pragma once

#include <QStackedWidget>

namespace quire {

// A stack of pages as large as the page it shows, not its largest one.
//
// QStackedWidget (and the QScrollArea round the kiosk's pages, through
// heightForWidth) sizes itself for the tallest page: the sign-in page with
// its keypad at large text would make the welcome screen scroll.
class CurrentPageStack final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurrentPageStack)

public:
    explicit CurrentPageStack(QWidget *parent = nullptr);
    ~CurrentPageStack() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
};

} // namespace quire
