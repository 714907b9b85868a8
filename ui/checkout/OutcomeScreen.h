#pragma once

#include <QStringList>
#include <QWidget>
#include <memory>

class QAbstractItemModel;
class QPushButton;

namespace Ui {
class OutcomeScreen;
}

namespace quire {

// How the checkout ended: paid (with the receipt), failed, cancelled,
// timed out / order cancelled, refunded, or no payment page to be had.
// Offers what fits: Print / Save as PDF for a paid order, Try again
// (Ctrl+Return or F12) and Cancel order while the order is still open,
// New sale once it is over.
class OutcomeScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeScreen)

public:
    enum class Outcome { Paid, Failed, Cancelled, TimedOut, OrderCancelled, Refunded, Unavailable };

    explicit OutcomeScreen(QAbstractItemModel *summary, QWidget *parent = nullptr);
    ~OutcomeScreen() override;

    // `detail`: the reason given (by the gateway or the core), shown as is.
    void showOutcome(Outcome outcome, const QString &detail, const QString &total,
                     bool orderStillOpen);
    Outcome outcome() const { return m_outcome; }
    // A short note under the summary (e.g. "Receipt saved to …" or an error).
    void setNotice(const QString &notice);
    // Titles that were out of stock when the payment arrived, and the state
    // of the automatic refund of `amount` for them (`wholeOrder`: nothing
    // could be served). No titles: hidden.
    enum class ShortageRefund { Pending, Returned, Failed };
    void setUnavailable(const QStringList &titles, const QString &amount, ShortageRefund refund,
                        bool wholeOrder = false);
    QString unavailableText() const;
    QString heading() const;
    QString message() const;
    // What a screen reader says when the outcome shows: heading and message.
    QString announcement() const;
    // Whether a paid order's receipt may become an invoice to a business
    // customer ("Invoice…", at the counter; not at the kiosk).
    void setInvoicesOffered(bool offered);

Q_SIGNALS:
    void retryRequested();
    void cancelOrderRequested();
    void doneRequested();
    void printRequested();
    void savePdfRequested();
    void invoiceRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();
    void onRetryTriggered();

    std::unique_ptr<Ui::OutcomeScreen> m_ui;
    Outcome m_outcome = Outcome::Paid;
    QString m_detail;
    QString m_total;
    bool m_orderOpen = false;
    QStringList m_unavailableTitles;
    QString m_unavailableAmount;
    ShortageRefund m_shortageRefund = ShortageRefund::Pending;
    bool m_nothingServed = false;
    bool m_invoicesOffered = false;
    QPushButton *m_invoiceButton = nullptr; // beside Save, made here (not in the form)
};

} // namespace quire
