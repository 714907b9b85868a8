#include "shift/ShiftReportDialog.h"

#include "shift/ShiftReportDocument.h"
#include "shift/ShiftReportView.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace quire {

ShiftReportDialog::ShiftReportDialog(const ShiftReport &report, QWidget *parent)
    : QDialog(parent)
    , m_view(new ShiftReportView(this))
{
    setObjectName(QStringLiteral("shiftReportDialog"));
    setWindowTitle(ShiftReportDocument(report).title());
    m_view->showReport(report);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(560, 640);
}

ShiftReportDialog::~ShiftReportDialog() = default;

} // namespace quire
