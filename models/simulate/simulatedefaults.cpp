// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulate/simulatedefaults.h"

namespace cwb::simulate {

// Assumed yuan per contact. These are planning assumptions, NOT measured figures; edit them here
// (one place) or override them per cell with `cost_per_contact` in the plan.
double defaultCostPerContact(Channel channel)
{
    switch (channel) {
    case Channel::Call: // about 3 minutes of agent time at ~60 yuan per agent hour incl. overhead
        return 3.0;
    case Channel::Sms: // bulk message price
        return 0.05;
    case Channel::DirectMail: // print + postage of one letter
        return 2.5;
    case Channel::DoorToDoor: // about half an hour of an account manager incl. travel
        return 40.0;
    case Channel::Store: // a few minutes of counter staff at the next visit
        return 5.0;
    }
    return 0.0;
}

} // namespace cwb::simulate
