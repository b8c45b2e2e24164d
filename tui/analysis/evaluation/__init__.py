"""Evaluation of the analysis steps against labelled data (`limelight eval …`)."""
