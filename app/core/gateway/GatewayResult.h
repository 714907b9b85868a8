#pragma once

#include "domain/Result.h"
#include "gateway/GatewayError.h"

#include <utility>
#include <variant>

namespace quire {

// Result<T> for gateway calls: the same shape, but the failure is a
// GatewayError, because a caller must be able to tell "declined/invalid"
// from "outcome unknown" and see Stripe's code. toResult() gives the core's
// plain Result<T> for callers that do not care.
template<typename T>
class [[nodiscard]] GatewayResult
{
public:
    GatewayResult(T value) // NOLINT(google-explicit-constructor)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    GatewayResult(GatewayError error) // NOLINT(google-explicit-constructor)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const & { return value(); }

    const GatewayError &error() const { return std::get<1>(m_data); }

    Result<T> toResult() const
    {
        if (ok())
            return value();
        return error().toError();
    }

private:
    std::variant<T, GatewayError> m_data;
};

} // namespace quire
