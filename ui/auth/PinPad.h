#pragma once

#include <QWidget>
#include <memory>

class QLineEdit;

namespace Ui {
class PinPad;
}

namespace quire {

// PIN entry for touch, mouse and keyboard: a masked six-digit field over a
// keypad of touch-sized keys. The keys never take the focus, so typing and
// tapping can be mixed; Enter in the field emits submitted().
class PinPad final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PinPad)

public:
    explicit PinPad(QWidget *parent = nullptr);
    ~PinPad() override;

    QString pin() const;
    void clear();
    QLineEdit *field() const;
    void setAccessibleFieldName(const QString &name);

Q_SIGNALS:
    void submitted();
    void pinChanged(const QString &pin);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onDigit(int digit);
    void onBackspace();

    std::unique_ptr<Ui::PinPad> m_ui;
};

} // namespace quire
