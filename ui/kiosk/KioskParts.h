#pragma once

#include "services/KioskSettings.h"

#include <QString>

class QWidget;

namespace quire {

class AccessPolicy;
class AuthService;
class CartModel;
class CartPage;
class CatalogPage;
class CatalogSearch;
class CheckoutPage;
class LoginPage;
class MyOrdersPage;
class UserSession;

// What the kiosk window is built from (the caller owns the services; the
// window takes ownership of the widgets).
struct KioskParts
{
    const CatalogSearch *catalogSearch = nullptr; // featured books for the attract screen
    UserSession *session = nullptr;
    AuthService *auth = nullptr;    // the manager's PIN to leave the kiosk
    AccessPolicy *policy = nullptr; // who may leave it without one
    LoginPage *login = nullptr;     // customers sign in or create an account
    CatalogPage *catalog = nullptr;
    CartPage *cart = nullptr;
    CartModel *cartModel = nullptr;
    CheckoutPage *checkout = nullptr;
    MyOrdersPage *myOrders = nullptr; // a signed-in customer's orders and refunds
    QWidget *demoPanel = nullptr;     // demo mode only
    KioskSettings settings;
    QString storeName;
    bool demoMode = false;
};

} // namespace quire
