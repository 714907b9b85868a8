#pragma once

#include "till/ShiftReport.h"

#include <QDialog>

namespace quire {

class ShiftReportView;

// A shift's report in a window of its own: the X report the clerk asks for
// at any time (the shift stays open), to read, print or save.
class ShiftReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShiftReportDialog)

public:
    explicit ShiftReportDialog(const ShiftReport &report, QWidget *parent = nullptr);
    ~ShiftReportDialog() override;

    ShiftReportView *view() const { return m_view; }

private:
    ShiftReportView *m_view;
};

} // namespace quire
