"""Expert panels: several planners' judgments, combined, compared and resampled (no Qt)."""
