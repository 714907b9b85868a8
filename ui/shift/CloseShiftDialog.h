#pragma once

#include "domain/Actor.h"
#include "till/ShiftReport.h"

#include <QDialog>
#include <QMap>
#include <functional>
#include <optional>

class QLabel;
class QPrinter;
class QPushButton;
class QSpinBox;

namespace quire {

class ShiftReportView;
class ShiftService;

// Closes the till: the clerk counts the drawer note by note and coin by
// coin; Close takes the count, and the Z report's number, expected and
// counted cash and difference are shown, then the whole Z report
// (ShiftReportView) to print, save as PDF or export as CSV.
class CloseShiftDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloseShiftDialog)

public:
    // Answers "where should the CSV go?" (empty: nowhere). Tests set one.
    using SavePathPrompt = std::function<QString(const QString &suggestedName)>;

    CloseShiftDialog(ShiftService &shifts, const Actor &actor, const QString &currency,
                     QWidget *parent = nullptr);
    ~CloseShiftDialog() override;

    void setSavePathPrompt(SavePathPrompt prompt);
    void setPrinterPrompt(std::function<bool(QPrinter *)> prompt);
    // The spin box counting `denomination` (minor units).
    QSpinBox *countBox(qint64 denomination) const { return m_counts.value(denomination); }
    const std::optional<ShiftReport> &zReport() const { return m_report; }
    ShiftReportView *reportView() const { return m_reportView; }

private:
    void updateTotal();
    void onClose();

    ShiftService &m_shifts;
    Actor m_actor;
    QString m_currency;
    QWidget *m_countPanel = nullptr;
    QMap<qint64, QSpinBox *> m_counts;
    QLabel *m_total;
    QLabel *m_result;
    QPushButton *m_closeButton;
    ShiftReportView *m_reportView;
    std::optional<ShiftReport> m_report;
};

} // namespace quire
