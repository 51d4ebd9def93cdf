"""The Telegram channel: aiogram in, aiogram out, durable on both sides."""
