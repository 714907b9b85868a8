#pragma once

#include "flows/OrderLineRequest.h"
#include "shell/MainWindowParts.h"

#include <QMainWindow>
#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace quire {

struct SignedInUser;

// The counter: sign in, then sell — search or scan into the cart, confirm,
// pay on the gateway's page, receipt — and back to a new sale. Managers also
// reach the users screen; everyone signed in sees the store's activity.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const MainWindowParts &parts, QWidget *parent = nullptr);
    ~MainWindow() override;

    enum class Page { SignIn, Sale, Checkout, Activity, Users, Refunds };
    Page currentPage() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showPage(Page page);
    void onSignedIn(const quire::SignedInUser &user);
    void onSignedOut();
    void onOrderRequested(const QList<quire::OrderLineRequest> &lines);
    void onNewSale();
    void onImportCatalog();
    void onOpenTill();
    void onCloseTill();
    // The open shift's figures now (ShiftReportDialog); nothing changes.
    void onXReport();
    // Every terminal's shifts of today (DailyOverviewDialog): managers.
    void onDailyOverview();
    void onCashMovement();
    // Cancels open dialogs when the till locks or its clerk signs out.
    void putAwayDialogs();
    void updateTexts();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QAction *m_openTillAction = nullptr;
    QAction *m_closeTillAction = nullptr;
    QAction *m_xReportAction = nullptr;
    QAction *m_dailyOverviewAction = nullptr;
    QAction *m_cashMovementAction = nullptr;
    MainWindowParts m_parts;
    QLabel *m_userLabel;
    QLabel *m_databaseLabel;
};

} // namespace quire
