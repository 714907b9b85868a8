#include "auth/Permission.h"

namespace quire {

const QList<Permission> &allPermissions()
{
    static const QList<Permission> all{
        Permission::SellAtCounter,        Permission::CancelOrder,
        Permission::ViewAllOrders,        Permission::BuyAtKiosk,
        Permission::ViewOwnOrders,        Permission::RequestRefund,
        Permission::IssueRefund,          Permission::ChangeSettings,
        Permission::ManageUsers,          Permission::LeaveKioskMode,
        Permission::ApproveOverride,      Permission::ImportCatalog,
        Permission::OperateTill,          Permission::TakeCashOut,
        Permission::EnterPriceAboveLimit, Permission::ViewStoreReports,
        Permission::GiveLargeDiscount,
    };
    return all;
}

QString toAuditText(Permission permission)
{
    switch (permission) {
    case Permission::SellAtCounter:
        return QStringLiteral("sell_at_counter");
    case Permission::CancelOrder:
        return QStringLiteral("cancel_order");
    case Permission::ViewAllOrders:
        return QStringLiteral("view_all_orders");
    case Permission::BuyAtKiosk:
        return QStringLiteral("buy_at_kiosk");
    case Permission::ViewOwnOrders:
        return QStringLiteral("view_own_orders");
    case Permission::RequestRefund:
        return QStringLiteral("request_refund");
    case Permission::IssueRefund:
        return QStringLiteral("issue_refund");
    case Permission::ChangeSettings:
        return QStringLiteral("change_settings");
    case Permission::ManageUsers:
        return QStringLiteral("manage_users");
    case Permission::LeaveKioskMode:
        return QStringLiteral("leave_kiosk_mode");
    case Permission::ApproveOverride:
        return QStringLiteral("approve_override");
    case Permission::ImportCatalog:
        return QStringLiteral("import_catalog");
    case Permission::OperateTill:
        return QStringLiteral("operate_till");
    case Permission::TakeCashOut:
        return QStringLiteral("take_cash_out");
    case Permission::EnterPriceAboveLimit:
        return QStringLiteral("enter_price_above_limit");
    case Permission::ViewStoreReports:
        return QStringLiteral("view_store_reports");
    case Permission::GiveLargeDiscount:
        return QStringLiteral("give_large_discount");
    }
    return QStringLiteral("unknown");
}

} // namespace quire
