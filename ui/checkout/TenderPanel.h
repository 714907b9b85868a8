#pragma once

#include "domain/Actor.h"
#include "domain/Money.h"
#include "till/TenderService.h"

#include <QWidget>
#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QHBoxLayout;

namespace quire {

// The counter's tender screen for one open order (docs/tenders.md): Cash,
// Card or Split. Cash: the amount handed over (typed, or a quick button per
// note, or Exact), the change shown as it is typed, "Take cash". Split: a
// cash part first, then the rest by card. Card (or the rest of a split)
// asks the host to start the card flow (cardRequested) for what is left.
//
// Each cash tender carries an id made when the panel starts it, kept until
// the tender is recorded: pressing "Take cash" twice, or again after an
// error, is one tender (TenderService).
class TenderPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenderPanel)

public:
    enum class Mode { Cash, Card, Split };

    explicit TenderPanel(TenderService &tenders, QWidget *parent = nullptr);
    ~TenderPanel() override;

    void setActor(const Actor &actor) { m_actor = actor; }
    // Shows what is left to pay of `orderId`.
    Result<void> showOrder(qint64 orderId);
    std::optional<qint64> orderId() const { return m_orderId; }
    Mode mode() const { return m_mode; }

    // "12,50" or "12.50" (and "12") in `currency`'s minor units; nothing for
    // anything else. Never through floating point.
    // A note under the tender (e.g. "Receipt saved to …" or an error).
    void setNotice(const QString &text, bool problem) { showMessage(text, problem); }

    static std::optional<qint64> parseAmount(const QString &text, const QString &currency,
                                             const QLocale &locale = QLocale());

Q_SIGNALS:
    // The tenders cover the order now.
    void orderPaid(qint64 orderId);
    // The clerk chose to pay (the rest) by card.
    void cardRequested(qint64 orderId);
    // "New sale" after the order was paid here.
    void finished(qint64 orderId);
    // The receipt of the order paid here, printed or saved as a PDF.
    void printReceiptRequested(qint64 orderId);
    void saveReceiptRequested(qint64 orderId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setMode(Mode mode);
    void refresh();
    void updateChange();
    void onQuickAmount(qint64 minor);
    void onTakeCash();
    void showMessage(const QString &text, bool problem);
    void retranslate();

    TenderService &m_tenders;
    Actor m_actor = Actor::system(QStringLiteral("counter"));
    std::optional<qint64> m_orderId;
    std::optional<TenderService::Due> m_due;
    QString m_tenderKey;
    Mode m_mode = Mode::Cash;

    QLabel *m_totalLabel;
    QLabel *m_dueLabel;
    QPushButton *m_cashMode;
    QPushButton *m_cardMode;
    QPushButton *m_splitMode;
    QButtonGroup *m_modes;
    QLabel *m_handedLabel;
    QLineEdit *m_handed;
    QWidget *m_quickRow;
    QHBoxLayout *m_quickLayout;
    QLabel *m_changeLabel;
    QPushButton *m_takeCash;
    QPushButton *m_payByCard;
    QPushButton *m_newSale;
    QPushButton *m_printReceipt;
    QPushButton *m_saveReceipt;
    QLabel *m_message;
};

} // namespace quire
