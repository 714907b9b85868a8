#include "TerminalModels.h"

#include "CartModel.h"
#include "CatalogModel.h"
#include "EventLogModel.h"
#include "cart/Cart.h"
#include "catalog/CatalogSearch.h"
#include "flows/PurchaseFlow.h"
#include "persistence/EventLog.h"
#include "services/CoreServices.h"

namespace quire {

Result<std::unique_ptr<TerminalModels>> TerminalModels::open(CoreServices &core, const Clock &clock,
                                                             const QString &terminalId)
{
    auto cart = Cart::open(core.database(), clock, terminalId);
    if (!cart)
        return cart.error();
    std::unique_ptr<TerminalModels> models(new TerminalModels);
    models->m_search = std::make_unique<CatalogSearch>(core.database());
    models->m_catalog = std::make_unique<CatalogModel>(*models->m_search);
    models->m_cart = std::make_unique<CartModel>(std::move(cart).value());
    models->m_eventLog = std::make_unique<EventLog>(core.database());
    models->m_activity = std::make_unique<EventLogModel>(*models->m_eventLog);
    QObject::connect(&core.flow(), &PurchaseFlow::eventPublished, models->m_activity.get(),
                     &EventLogModel::fetchNewEvents);
    return models;
}

TerminalModels::~TerminalModels() = default;

} // namespace quire
