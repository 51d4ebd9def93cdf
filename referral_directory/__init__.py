"""The directory of friendly services: model, validation, matching and HSDS import/export.

Pure and usable without the bot; its contents arrive with the screening and referral work.
"""
