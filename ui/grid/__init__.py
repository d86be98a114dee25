"""The observation grid: pupils × objectives, one keystroke per observation."""
