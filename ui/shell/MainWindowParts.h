#pragma once

#include <QString>

class QWidget;

namespace quire {

class AccessPolicy;
class AuthService;
class CartModel;
class CartPage;
class CatalogImportDialog;
class CatalogPage;
class CheckoutPage;
class EventLogModel;
class LoginPage;
class RefundPage;
class ShiftService;
class UserSession;
class UsersPage;

// The screens the main window shows, built by the caller (which owns the
// services behind them). The window takes ownership of the widgets.
struct MainWindowParts
{
    UserSession *session = nullptr;
    LoginPage *login = nullptr;
    CatalogPage *catalog = nullptr;
    CartPage *cart = nullptr;
    CartModel *cartModel = nullptr;
    CheckoutPage *checkout = nullptr;
    UsersPage *users = nullptr;                   // managers only
    CatalogImportDialog *catalogImport = nullptr; // managers only
    RefundPage *refunds = nullptr;                // clerks (with approval) and managers
    ShiftService *shifts = nullptr;               // the counter's till: open and close it
    AccessPolicy *policy = nullptr;               // with auth: a manager's approval in place
    AuthService *auth = nullptr;
    QWidget *serviceStatus = nullptr;   // gateway health and alerts, in the status bar
    EventLogModel *activity = nullptr;  // the event log
    QWidget *languageChooser = nullptr; // in the tool bar
    QString databaseLocation;
    bool demoMode = false;
};

} // namespace quire
