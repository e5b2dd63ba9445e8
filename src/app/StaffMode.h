#pragma once
// Staff mode in the running kiosk: the hidden staff call opens the staff panel (PIN first);
// while it is open it gets every pointer event before the visitor screens; Stäng, or two
// minutes without a touch, closes it and the kiosk starts its attract loop again. It also
// answers the panel's questions (StaffHost): the exhibition, the store, the disk, the
// settings, and restarting or shutting down.

#include "app/Session.h"
#include "app/StaffSwap.h"
#include "app/Statistics.h"
#include "core/StaffAccess.h"
#include "staff/StaffPanel.h"

#include <memory>
#include <optional>

namespace vitrin::app {

// The exit code that asks systemd for a restart of the kiosk (vitrin.service restarts it
// whatever the code; this one tells the journal why).
inline constexpr int kExitRestartAsked = 75;

class StaffMode final : public staff::StaffHost {
  public:
    // Staff closes after this long without a touch.
    static constexpr double kIdleCloseSeconds = 120;

    // realSystem: reboot and power-off may run systemctl, the log export journalctl (false for
    // headless scripts, where only $VITRIN_SYSTEMCTL and $VITRIN_JOURNALCTL are run, so a test
    // never stops the machine it runs on).
    StaffMode(Session& session, StaffSwap& swap, core::StaffAccess& access, Statistics& statistics,
              core::TimePoint started, bool realSystem);
    ~StaffMode() override;
    StaffMode(const StaffMode&) = delete;
    StaffMode& operator=(const StaffMode&) = delete;

    bool isOpen() const { return panel_ != nullptr; }
    // Opens the panel at the PIN keypad (the staff call); nothing when it is open.
    void open(core::TimePoint now);
    // A pointer event for the open panel.
    void feed(const ui::PointerEvent& event);
    // Once a frame while open: the panel's frame, the close after a Stäng or two idle minutes.
    void update(core::TimePoint now);
    // True while the panel needs frames at full speed.
    bool isBusy() const { return panel_ && panel_->isBusy(); }
    // The panel's buttons and texts of the last frame (empty when closed).
    const std::vector<staff::DrawnItem>& items() const;
    // Set when staff asked for the kiosk to restart: the loop ends with this code.
    std::optional<int> exitCode() const { return exitCode_; }

    staff::Overview overview(core::Lang lang) override;
    const core::KioskSettings& settings() const override { return session_.settings(); }
    staff::HostReply saveSettings(const core::KioskSettings& settings, core::Lang lang) override;
    std::vector<std::string> layoutNames() const override;
    std::vector<staff::TourStop> tour(core::Lang lang) const override;
    std::string tourLine(core::Lang lang) const override;
    bool hasStick() const override { return swap_.stick().has_value(); }
    bool canRestore() const override { return swap_.canRestore(); }
    std::string checkStick(core::Lang lang) override;
    std::string lastReport(core::Lang lang) override;
    void importFromStick() override { handOver_ = HandOver::Stick; }
    void restorePrevious() override { handOver_ = HandOver::Restore; }
    core::Result<stats::StatsTables> statistics() override { return statistics_.tables(); }
    staff::HostReply exportStatistics(core::Lang lang) override;
    staff::HostReply exportLogs(core::Lang lang) override;
    staff::HostReply power(Power request, core::Lang lang) override;

  private:
    void close();

    Session& session_;
    StaffSwap& swap_;
    core::StaffAccess& access_;
    Statistics& statistics_;
    // What the import screens take over when the panel closes.
    enum class HandOver { None, Stick, Restore } handOver_ = HandOver::None;
    core::TimePoint started_;
    core::TimePoint now_{};
    bool realSystem_;
    std::unique_ptr<staff::StaffPanel> panel_;
    std::optional<int> exitCode_;
};

} // namespace vitrin::app
