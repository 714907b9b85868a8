#pragma once

#include "domain/Actor.h"
#include "till/DailyOverview.h"

#include <QDialog>
#include <functional>
#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace quire {

class ShiftService;

// The manager's daily overview (docs/tenders.md): for the chosen day, every
// terminal's shifts with their sales and refunds by tender, expected and
// counted cash and the difference; the day's clerks; the totals; and the
// whole as CSV. Read only.
class DailyOverviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyOverviewDialog)

public:
    // Answers "where should the CSV go?" (empty: nowhere). Tests set one; by
    // default a file dialog asks.
    using SavePathPrompt = std::function<QString(const QString &suggestedName)>;

    enum ShiftColumn {
        TerminalColumn,
        ShiftColumn,
        ReportColumn,
        OpenedByColumn,
        CashSalesColumn,
        CardSalesColumn,
        CashRefundsColumn,
        CardRefundsColumn,
        ExpectedColumn,
        CountedColumn,
        DifferenceColumn,
        ShiftColumnCount
    };
    enum ClerkColumn { ClerkNameColumn, ClerkOrdersColumn, ClerkSalesColumn, ClerkColumnCount };

    DailyOverviewDialog(ShiftService &shifts, const Actor &actor, const QDate &day,
                        QWidget *parent = nullptr);
    ~DailyOverviewDialog() override;

    void setSavePathPrompt(SavePathPrompt prompt) { m_savePathPrompt = std::move(prompt); }
    void showDay(const QDate &day);
    const std::optional<DailyOverview> &overview() const { return m_overview; }

Q_SIGNALS:
    void csvSaved(const QString &filePath);

private:
    void onSaveCsv();
    QString money(qint64 minor) const;
    QString figure(const ShiftReport::Figure &figure) const;

    ShiftService &m_shifts;
    Actor m_actor;
    QDateEdit *m_day;
    QTableWidget *m_shiftsTable;
    QTableWidget *m_clerksTable;
    QLabel *m_totals;
    QLabel *m_message;
    QPushButton *m_saveCsv;
    std::optional<DailyOverview> m_overview;
    SavePathPrompt m_savePathPrompt;
};

} // namespace quire
