#include "MainWindow.h"

#include "ui_MainWindow.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>

namespace quire {

MainWindow::MainWindow(QAbstractItemModel *activityModel, const QString &databaseLocation,
                       bool demoMode, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_databaseLocation(databaseLocation)
    , m_demoMode(demoMode)
    , m_databaseLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_ui->activityView->setModel(activityModel);
    m_ui->activityView->horizontalHeader()->setStretchLastSection(true);
    m_ui->demoBanner->setVisible(m_demoMode);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel);
    updateTexts();
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTexts()
{
    setWindowTitle(m_demoMode ? tr("Quire (demo)") : tr("Quire"));
    m_databaseLabel->setText(tr("Database: %1").arg(m_databaseLocation));
}

} // namespace quire
