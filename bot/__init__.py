"""Gza: a confidential help-seeking and referral bot."""
