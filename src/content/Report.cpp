#include "content/Report.h"

#include <algorithm>

namespace vitrin::content {

void Report::add(Severity severity, FindingCode code, std::string file, int line,
                 StaffText message) {
    findings.push_back({severity, code, std::move(file), line, std::move(message)});
}

size_t Report::count(Severity severity) const {
    return static_cast<size_t>(
        std::count_if(findings.begin(), findings.end(),
                      [&](const Finding& f) { return f.severity == severity; }));
}

bool Report::has(FindingCode code, std::string_view file) const {
    return std::any_of(findings.begin(), findings.end(), [&](const Finding& f) {
        return f.code == code && (file.empty() || f.file == file);
    });
}

std::string quotedName(std::string_view name) {
    return "\"" + std::string(name) + "\"";
}

} // namespace vitrin::content
