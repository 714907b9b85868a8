#pragma once

#include "domain/Result.h"

#include <QString>
#include <memory>

namespace quire {

class CartModel;
class CatalogModel;
class CatalogSearch;
class Clock;
class CoreServices;
class EventLog;
class EventLogModel;

// The models one terminal's screens share: its own cart (kept in the
// database, so it survives a restart), the catalog search and its results,
// and the event log, which follows every committed change.
class TerminalModels final
{
public:
    static Result<std::unique_ptr<TerminalModels>> open(CoreServices &core, const Clock &clock,
                                                        const QString &terminalId);
    ~TerminalModels();
    TerminalModels(const TerminalModels &) = delete;
    TerminalModels &operator=(const TerminalModels &) = delete;

    CartModel &cart() const { return *m_cart; }
    CatalogSearch &search() const { return *m_search; }
    CatalogModel &catalog() const { return *m_catalog; }
    EventLogModel &activity() const { return *m_activity; }

private:
    TerminalModels() = default;

    std::unique_ptr<CatalogSearch> m_search;
    std::unique_ptr<CatalogModel> m_catalog;
    std::unique_ptr<CartModel> m_cart;
    std::unique_ptr<EventLog> m_eventLog;
    std::unique_ptr<EventLogModel> m_activity;
};

} // namespace quire
