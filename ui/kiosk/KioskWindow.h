#pragma once

#include "auth/SignedInUser.h"
#include "flows/OrderLineRequest.h"
#include "kiosk/KioskParts.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace quire {

class AttractScreen;
class CurrentPageStack;
class KioskAppearance;
class KioskCountdownOverlay;
class KioskSpeech;
class KioskIdleMonitor;
class OnScreenKeyboard;

// The self-service kiosk: full screen and frameless, for touch.
//
// Attract screen → sign in, create an account or shop without one →
// catalog and cart → checkout on the gateway's page (with every lockdown of
// the counter's checkout) → back to the attract screen. A customer who walks
// away gets a "still there?" countdown; without an answer the kiosk starts
// over: the cart is emptied, an open payment is cancelled (so its session is
// expired on the gateway), the customer is signed out.
//
// There is no way out without a manager's PIN: closing the window, Alt+F4
// and Escape all ask for it (ManagerOverrideDialog, LeaveKioskMode). System
// keys the window never sees (Ctrl+Alt+F1, the compositor's own) must be
// locked down in the OS (docs/kiosk.md).
class KioskWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskWindow)

public:
    enum class Page { Attract, SignIn, Shop, Checkout, MyOrders };
    Q_ENUM(Page)

    explicit KioskWindow(const KioskParts &parts, QWidget *parent = nullptr);
    ~KioskWindow() override;

    // Full screen, frameless, on top.
    void showKiosk();
    Page currentPage() const;
    KioskIdleMonitor &idleMonitor() const { return *m_idle; }
    // Large text and high contrast, and speech: the attract screen's
    // switches (and F2 for speech); startOver() puts back the settings'.
    KioskAppearance &appearance() const { return *m_appearance; }
    KioskSpeech &speech() const { return *m_speech; }
    bool isExitApproved() const { return m_exitApproved; }

    // Ask for a manager's PIN and close the kiosk if it is given.
    void requestExit();
    // Empty the cart, end an open payment and order, sign out, attract
    // screen, and large text, contrast and speech as the settings have them
    // (for the next customer).
    void startOver();

Q_SIGNALS:
    void pageChanged(quire::KioskWindow::Page page);
    // A language was chosen on the attract screen ("de_DE").
    void languageRequested(const QString &localeName);
    void exitApproved();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showPage(Page page);
    // startOver(); `nextCustomer` false keeps the access modes.
    void returnToAttract(bool nextCustomer);
    void onStartRequested();
    void onSignedIn(const quire::SignedInUser &user);
    void onShopAsGuest();
    void onOrderRequested(const QList<quire::OrderLineRequest> &lines);
    void onCheckoutScreenChanged();
    void onTimedOut();
    void onFocusChanged(QWidget *old, QWidget *now);
    // Scrolls the page so that what has the focus is on the screen (large
    // text with the on-screen keyboard up leaves little room).
    void keepFocusInView();
    void onLanguageRequested(const QString &localeName);
    void updateTexts();
    // The demo panel's width follows its texts (the language).
    void fitDemoPanel();
    // The attract screen's switches as the store's settings have them.
    void resetAccessModes();
    QWidget *buildSignInPage();
    QWidget *buildShopPage();

    KioskParts m_parts;
    KioskIdleMonitor *m_idle;
    QLabel *m_demoBanner = nullptr;
    QPushButton *m_demoPanelButton = nullptr;
    QScrollArea *m_panelScroller = nullptr;
    QScrollArea *m_kioskScroller = nullptr;
    QLabel *m_customerLabel;
    QPushButton *m_startOverButton;
    QPushButton *m_myOrdersButton;
    QPushButton *m_staffButton;
    QPushButton *m_savePdfButton = nullptr; // the checkout's: never shown here
    QPushButton *m_guestButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QLabel *m_signInHint = nullptr;
    QLabel *m_notice;
    CurrentPageStack *m_pages;
    AttractScreen *m_attract;
    OnScreenKeyboard *m_keyboard;
    KioskCountdownOverlay *m_countdown;
    KioskAppearance *m_appearance;
    KioskSpeech *m_speech;
    bool m_exitApproved = false;
    bool m_exitPromptOpen = false;
    bool m_startingOver = false;
};

} // namespace quire
