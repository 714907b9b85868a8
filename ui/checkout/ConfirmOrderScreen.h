#pragma once

#include "domain/TaxPricing.h"
#include "domain/TaxTotal.h"

#include <QList>
#include <QLocale>
#include <QWidget>
#include <memory>
#include <optional>

class QAbstractItemModel;

namespace Ui {
class ConfirmOrderScreen;
}

namespace quire {

// The order as it will be made: lines, total, and "Confirm and pay"
// (Ctrl+Return or F12; Escape goes back to the cart). The screen only asks;
// CheckoutPage makes the order, exactly once.
class ConfirmOrderScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmOrderScreen)

public:
    explicit ConfirmOrderScreen(QAbstractItemModel *summary, QWidget *parent = nullptr);
    ~ConfirmOrderScreen() override;

    void setTotalText(const QString &total);
    // The tax in the total, per rate ("incl. VAT 7 %: €1.18 · 19 %: €2.00");
    // nothing for an order without tax. Money and rates in `locale`.
    void setTax(const QList<TaxTotal> &totals, std::optional<TaxPricing> pricing,
                const QLocale &locale = QLocale());
    // Shows why the order cannot be confirmed (empty: it can).
    void setProblem(const QString &problem);
    // Enables or disables "Confirm and pay" (disabled while it is being done).
    void setConfirmEnabled(bool enabled);
    // What a screen reader says when the screen shows (ScreenAnnouncer).
    QString announcement() const;

Q_SIGNALS:
    void confirmRequested();
    void backRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onConfirmTriggered();

    std::unique_ptr<Ui::ConfirmOrderScreen> m_ui;
    void showTax();

    QString m_total;
    QList<TaxTotal> m_taxTotals;
    std::optional<TaxPricing> m_taxPricing;
    QLocale m_taxLocale;
};

} // namespace quire
