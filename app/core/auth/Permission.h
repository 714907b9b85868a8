#pragma once

#include <QList>
#include <QString>

namespace quire {

// Every action Quire guards. AccessPolicy decides which role may do which.
enum class Permission {
    SellAtCounter,        // ring up a sale and take its payment at the till
    CancelOrder,          // cancel an unpaid order at the till
    ViewAllOrders,        // look up any customer's orders
    BuyAtKiosk,           // buy for oneself at the self-service kiosk
    ViewOwnOrders,        // see the orders one placed oneself
    RequestRefund,        // ask for a refund of one's own order (the refund policy still applies)
    IssueRefund,          // give money back
    ChangeSettings,       // store, payment and terminal settings
    ManageUsers,          // add, disable, reset PINs, unlock accounts
    LeaveKioskMode,       // turn a kiosk back into a till
    ApproveOverride,      // approve, with one's PIN, an action a clerk may not do
    ImportCatalog,        // load a catalog file into the store's catalog
    OperateTill,          // open and close one's own shift, take cash, put cash into the drawer
    TakeCashOut,          // paid-outs, bank drops, "no sale" openings, closing another's shift
    EnterPriceAboveLimit, // an open price above the store's approval limit ([pricing])
    ViewStoreReports,     // the day's shifts of every terminal (the manager's daily overview)
    GiveLargeDiscount,    // a discount above the clerk's limit ([discounts])
};

const QList<Permission> &allPermissions();
// Stable text for audit rows and logs.
QString toAuditText(Permission permission);

} // namespace quire
