#pragma once

#include "domain/Discount.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace quire {

// Asks the clerk for a discount on one cart line or on the whole order
// (docs/tax.md, "Discounts"): percent ("10", "12.5") or an amount in the
// cart's currency, and the reason, which is required. Under the German
// book-price law a price-bound title also offers its documented exceptions
// (damaged copy, own staff, teacher's copy); picking one is the clerk's
// statement, stored and audited with the discount. Enter applies, Escape
// cancels, Alt+P / Alt+M choose percent or amount; "Remove discount" takes
// an existing one off. The cart decides whether the discount is allowed.
class DiscountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscountDialog)

public:
    // `subject`: the line's title, or empty for the order. `current`: the
    // discount it has now, if any.
    DiscountDialog(const QString &subject, const QString &currency, bool offerExceptions,
                   bool allowAmount, std::optional<Discount> current, QWidget *parent = nullptr);
    ~DiscountDialog() override;

    // Once accepted: the discount, or none when the clerk removed it.
    const std::optional<Discount> &discount() const { return m_discount; }
    bool removed() const { return m_removed; }

    // "12.5" (or the locale's "12,5") -> 1250 basis points; none when it is
    // not a percent from 0 to 100 with up to two decimals.
    static std::optional<qint64> parsePercent(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onApply();
    void onRemove();
    void retranslate();
    void showProblem(const QString &message);

    QString m_subject;
    QString m_currency;
    std::optional<Discount> m_discount;
    bool m_removed = false;
    QLabel *m_label;
    QRadioButton *m_percent;
    QRadioButton *m_amount;
    QLineEdit *m_value;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QLabel *m_exceptionLabel;
    QComboBox *m_exception;
    QLabel *m_message;
    QPushButton *m_apply;
    QPushButton *m_remove;
    QPushButton *m_cancel;
};

} // namespace quire
