// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/windows/SecurityCenter.h"

#include "platform/windows/Utf16.h"
#include "platform/windows/Win32.h"

#include <objbase.h>
#include <oleauto.h>
#include <string_view>
#include <utility>
#include <wbemcli.h>

namespace offramp::platform::windows {

namespace {

// Holds one COM interface and releases it.
template <typename Interface>
class ComPointer
{
public:
    ComPointer() = default;
    ~ComPointer() { reset(); }
    ComPointer(const ComPointer&) = delete;
    ComPointer& operator=(const ComPointer&) = delete;
    ComPointer(ComPointer&& other) noexcept
        : m_pointer(std::exchange(other.m_pointer, nullptr))
    {}
    ComPointer& operator=(ComPointer&& other) noexcept
    {
        if (this != &other) {
            reset();
            m_pointer = std::exchange(other.m_pointer, nullptr);
        }
        return *this;
    }

    Interface* operator->() const { return m_pointer; }
    Interface* get() const { return m_pointer; }
    Interface** out()
    {
        reset();
        return &m_pointer;
    }
    void reset()
    {
        if (m_pointer != nullptr) {
            m_pointer->Release();
            m_pointer = nullptr;
        }
    }

private:
    Interface* m_pointer = nullptr;
};

class Bstr
{
public:
    explicit Bstr(const wchar_t* text)
        : m_text(::SysAllocString(text))
    {}
    ~Bstr() { ::SysFreeString(m_text); }
    Bstr(const Bstr&) = delete;
    Bstr& operator=(const Bstr&) = delete;
    Bstr(Bstr&&) = delete;
    Bstr& operator=(Bstr&&) = delete;

    BSTR get() const { return m_text; }

private:
    BSTR m_text;
};

class Variant
{
public:
    Variant() { ::VariantInit(&m_value); }
    ~Variant() { ::VariantClear(&m_value); }
    Variant(const Variant&) = delete;
    Variant& operator=(const Variant&) = delete;
    Variant(Variant&&) = delete;
    Variant& operator=(Variant&&) = delete;

    VARIANT* get() { return &m_value; }
    const VARIANT& value() const { return m_value; }

private:
    VARIANT m_value{};
};

// COM for this thread, for as long as the reader needs it.
class ComApartment
{
public:
    ComApartment()
        : m_result(::CoInitializeEx(nullptr, COINIT_MULTITHREADED))
    {}
    ~ComApartment()
    {
        if (SUCCEEDED(m_result)) {
            ::CoUninitialize();
        }
    }
    ComApartment(const ComApartment&) = delete;
    ComApartment& operator=(const ComApartment&) = delete;
    ComApartment(ComApartment&&) = delete;
    ComApartment& operator=(ComApartment&&) = delete;

    // Already initialized differently by someone else on this thread is fine too.
    bool usable() const { return SUCCEEDED(m_result) || m_result == RPC_E_CHANGED_MODE; }
    HRESULT result() const { return m_result; }

private:
    HRESULT m_result;
};

std::string hresultText(HRESULT result)
{
    constexpr std::string_view kDigits = "0123456789ABCDEF";
    const auto value = static_cast<std::uint32_t>(result);
    std::string text = "0x";
    for (int shift = 28; shift >= 0; shift -= 4) {
        text += kDigits[(value >> static_cast<unsigned>(shift)) & 0xFU];
    }
    return text;
}

std::string stringProperty(IWbemClassObject* object, const wchar_t* name)
{
    Variant value;
    if (FAILED(object->Get(name, 0, value.get(), nullptr, nullptr)) || value.value().vt != VT_BSTR ||
        value.value().bstrVal == nullptr) {
        return {};
    }
    return toUtf8(value.value().bstrVal);
}

std::optional<std::uint32_t> numberProperty(IWbemClassObject* object, const wchar_t* name)
{
    Variant value;
    if (FAILED(object->Get(name, 0, value.get(), nullptr, nullptr))) {
        return std::nullopt;
    }
    switch (value.value().vt) {
    case VT_I4: // WMI hands uint32 properties over as VT_I4
        return static_cast<std::uint32_t>(value.value().lVal);
    case VT_UI4:
        return static_cast<std::uint32_t>(value.value().ulVal);
    default:
        return std::nullopt;
    }
}

SecurityCenterReport unavailable(std::string reason)
{
    SecurityCenterReport report;
    report.reason = std::move(reason);
    return report;
}

} // namespace

SecurityCenterReport readSecurityCenter()
{
    const ComApartment apartment;
    if (!apartment.usable()) {
        return unavailable("COM could not be started: " + hresultText(apartment.result()));
    }
    // Fails harmlessly when the process already set its security.
    ::CoInitializeSecurity(nullptr, -1, nullptr, nullptr, RPC_C_AUTHN_LEVEL_DEFAULT, RPC_C_IMP_LEVEL_IMPERSONATE,
                           nullptr, EOAC_NONE, nullptr);
    ComPointer<IWbemLocator> locator;
    HRESULT result = ::CoCreateInstance(__uuidof(WbemLocator), nullptr, CLSCTX_INPROC_SERVER, __uuidof(IWbemLocator),
                                        reinterpret_cast<void**>(locator.out()));
    if (FAILED(result)) {
        return unavailable("WMI is not available: " + hresultText(result));
    }
    ComPointer<IWbemServices> services;
    const Bstr space(L"ROOT\\SecurityCenter2");
    result = locator->ConnectServer(space.get(), nullptr, nullptr, nullptr, 0, nullptr, nullptr, services.out());
    if (FAILED(result)) {
        return unavailable("Windows Security Center is not available on this computer (WMI namespace "
                           "ROOT\\SecurityCenter2: " +
                           hresultText(result) + ")");
    }
    ::CoSetProxyBlanket(services.get(), RPC_C_AUTHN_WINNT, RPC_C_AUTHZ_NONE, nullptr, RPC_C_AUTHN_LEVEL_CALL,
                        RPC_C_IMP_LEVEL_IMPERSONATE, nullptr, EOAC_NONE);
    ComPointer<IEnumWbemClassObject> products;
    const Bstr language(L"WQL");
    const Bstr query(L"SELECT displayName, productState, pathToSignedProductExe FROM AntiVirusProduct");
    result = services->ExecQuery(language.get(), query.get(), WBEM_FLAG_FORWARD_ONLY | WBEM_FLAG_RETURN_IMMEDIATELY,
                                 nullptr, products.out());
    if (FAILED(result)) {
        return unavailable("Windows Security Center could not be asked for antivirus products: " + hresultText(result));
    }
    SecurityCenterReport report;
    report.available = true;
    for (;;) {
        ComPointer<IWbemClassObject> object;
        ULONG count = 0;
        constexpr long kTimeoutMs = 10000;
        result = products->Next(kTimeoutMs, 1, object.out(), &count);
        if (result == WBEM_S_TIMEDOUT) {
            return unavailable("Windows Security Center did not answer within 10 seconds");
        }
        if (FAILED(result)) {
            return unavailable("Windows Security Center's product list could not be read: " + hresultText(result));
        }
        if (count == 0) {
            break;
        }
        SecurityCenterProduct product;
        product.name = stringProperty(object.get(), L"displayName");
        product.productState = numberProperty(object.get(), L"productState");
        product.path = stringProperty(object.get(), L"pathToSignedProductExe");
        report.antivirus.push_back(std::move(product));
    }
    if (report.antivirus.empty()) {
        report.reason = "Windows Security Center lists no antivirus product";
    }
    return report;
}

} // namespace offramp::platform::windows
