#pragma once

#include "domain/Money.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace quire {

// Asks the clerk for the price of one open-price item (a quick-sale key
// such as "Card"), in the item's currency: "3.50" or the locale's "3,50",
// read into minor units without floating point (TenderPanel::parseAmount).
// Enter adds at that price, Escape cancels; a price that is not one is
// explained and the dialog stays.
class OpenPriceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenPriceDialog)

public:
    // `approvalLimit`: the store's limit for the currency, said in the hint.
    OpenPriceDialog(const QString &itemTitle, const QString &currency,
                    std::optional<Money> approvalLimit, QWidget *parent = nullptr);
    ~OpenPriceDialog() override;

    // The price entered, once accepted.
    const std::optional<Money> &price() const { return m_price; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void onAdd();
    void retranslate();

    QString m_title;
    QString m_currency;
    std::optional<Money> m_limit;
    std::optional<Money> m_price;
    QLabel *m_label;
    QLabel *m_hint;
    QLineEdit *m_edit;
    QLabel *m_message;
    QPushButton *m_add;
    QPushButton *m_cancel;
};

} // namespace quire
