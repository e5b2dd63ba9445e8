#include "app/LoopWait.h"

#include <gtest/gtest.h>

using namespace vitrin::app;

TEST(LoopWait, NothingMovingSleepsUntilTheKioskChangesByItself) {
    LoopState home;
    home.secondsUntilChange = 42.5; // the idle countdown starts then
    EXPECT_EQ(waitTimeoutMs(home), 42'501);
    // Never longer than a minute, so that the opening hours are looked at.
    home.secondsUntilChange = 3600;
    EXPECT_EQ(waitTimeoutMs(home), kLongestWaitMs);
}

TEST(LoopWait, PicturesBeingDecodedWakeTheLoopThemselves) {
    LoopState loading;
    loading.secondsUntilChange = 30;
    loading.loading = true;
    loading.wokenByWorkers = true;
    EXPECT_EQ(waitTimeoutMs(loading), 30'001); // no polling: the workers' event wakes it
    loading.wokenByWorkers = false;            // SDL had no event number to spare
    EXPECT_EQ(waitTimeoutMs(loading), kPollLoadingMs);
}

TEST(LoopWait, AWantedFrameWaitsOnlyForItsPace) {
    LoopState animating;
    animating.frameWanted = true;
    animating.loading = true;
    EXPECT_EQ(waitTimeoutMs(animating), 0);
    animating.secondsToNextFrame = 0.0101;
    EXPECT_EQ(waitTimeoutMs(animating), 11);
    animating.secondsToNextFrame = -0.3; // late
    EXPECT_EQ(waitTimeoutMs(animating), 0);
}

TEST(LoopWait, StaffModeTheScreenOffAndTheWatchdog) {
    LoopState staff;
    staff.staffOpen = true;
    EXPECT_EQ(waitTimeoutMs(staff), kStaffWaitMs);
    LoopState dark;
    dark.screenOn = false;
    dark.frameWanted = true; // nothing is drawn while the screen is off
    EXPECT_EQ(waitTimeoutMs(dark), kScreenOffWaitMs);
    dark.secondsUntilPing = 2.5;
    EXPECT_EQ(waitTimeoutMs(dark), 2500);
    LoopState home;
    home.secondsUntilChange = 20;
    home.secondsUntilPing = 0;
    EXPECT_EQ(waitTimeoutMs(home), 0);
}

TEST(LoopWait, TheAttractLoopIsPacedSlowerWhereSoftwareDraws) {
    EXPECT_DOUBLE_EQ(minFrameSeconds(false, true), 1.0 / 60);
    EXPECT_DOUBLE_EQ(minFrameSeconds(true, false), 1.0 / 60);
    EXPECT_DOUBLE_EQ(minFrameSeconds(true, true), 1.0 / 12);
}

TEST(LoopWait, TheFirstFrameWaitsBrieflyForItsPicture) {
    EXPECT_DOUBLE_EQ(firstFrameHoldSeconds(0, true, 0.1), kFirstFrameHoldSeconds - 0.1);
    EXPECT_DOUBLE_EQ(firstFrameHoldSeconds(0, true, 2.0), 0);  // too long: drawn without it
    EXPECT_DOUBLE_EQ(firstFrameHoldSeconds(0, false, 0.1), 0); // nothing to wait for
    EXPECT_DOUBLE_EQ(firstFrameHoldSeconds(1, true, 0.1), 0);  // only the first frame
    // Held, the loop sleeps until the picture's event or the end of the hold.
    LoopState start;
    start.frameWanted = true;
    start.loading = true;
    start.secondsToNextFrame = firstFrameHoldSeconds(0, true, 0.05);
    EXPECT_EQ(waitTimeoutMs(start), 250);
}
