"""The local web chat: the same conversation as in Telegram, over a WebSocket."""
