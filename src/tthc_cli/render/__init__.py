"""Rendering plans and reports to .docx: template context, Vietnamese formatting, document writing."""
