"""Pure engines and the content pipeline import nothing from Django (STYLE.md: layers)."""

from __future__ import annotations

import ast
from pathlib import Path

import anagen

PURE_MODULES = [
    "assessment/vocab.py",
    "assessment/rules.py",
    "assessment/inputs.py",
    "assessment/matching.py",
    "assessment/compiled.py",
    "assessment/classify.py",
    "assessment/severity.py",
    "assessment/red_flags.py",
    "assessment/candidates.py",
    "assessment/plan.py",
    "assessment/result.py",
    "assessment/engine.py",
    "assessment/report.py",
    "assessment/pictures.py",
    "assessment/labels.py",
    "products/vocab.py",
    "products/schema.py",
    "products/strength.py",
    "products/label_text.py",
    "products/label_bounds.py",
    "products/label_hints.py",
    "products/label_headers.py",
    "products/label_headers_intl.py",
    "products/label_header_words.py",
    "products/label_sections.py",
    "products/label_own.py",
    "products/label_shape.py",
    "products/ingredient_index.py",
    "products/name_reach.py",
    "products/label.py",
    "products/label_blend.py",
    "products/label_cleanup.py",
    "products/label_cleanup_scripts.py",
    "products/label_headers_scripts.py",
    "products/label_units_scripts.py",
    "products/script_fold.py",
    "products/label_entries.py",
    "products/label_items.py",
    "products/label_prose.py",
    "products/label_oil.py",
    "products/label_subject.py",
    "products/label_result.py",
    "products/label_type.py",
    "products/label_type_device.py",
    "products/label_type_rules.py",
    "products/label_units.py",
    "products/label_words.py",
    "products/label_words_intl.py",
    "products/scoring.py",
    "products/evaluate.py",
    "products/charts.py",
    "products/rankings.py",
    "products/importers.py",
    "products/categories.py",
    "products/parallel.py",
    "products/synthetic.py",
    "products/synthetic_labels.py",
    "products/synthetic_reviews.py",
    "claims/vocab.py",
    "claims/kinds.py",
    "claims/segment.py",
    "claims/entities.py",
    "claims/modality.py",
    "claims/evidence.py",
    "claims/grade.py",
    "claims/engine.py",
    "claims/honesty.py",
    "claims/report.py",
    "claims/prefilter.py",
    "claims/anycase.py",
    "claims/memo.py",
    "claims/patterns.py",
    "claims/forms.py",
    "claims/judgement.py",
    "claims/comparisons.py",
    "claims/comparative.py",
    "claims/denials.py",
    "claims/deficiency.py",
    "claims/harms.py",
    "claims/figures.py",
    "claims/efficacy.py",
    "claims/regulatory.py",
    "claims/safety.py",
    "claims/promises.py",
    "claims/usage.py",
    "claims/usage_wording.py",
    "claims/placebo_harms.py",
    "claims/causes.py",
    "claims/harm_wording.py",
    "claims/group_wording.py",
    "claims/foreign_wording.py",
    "claims/foreign_wording_more.py",
    "claims/promise_wording.py",
    "claims/words.py",
    "claims/guarantees.py",
    "claims/group_compare.py",
    "claims/classes.py",
    "claims/countries.py",
    "claims/rankings.py",
    "claims/fewer_harms.py",
    "claims/group_safety.py",
    "claims/suitability.py",
    "claims/subject_context.py",
    "claims/name_index.py",
    "claims/clearance.py",
    "claims/placebo_wins.py",
    "claims/condition_facts.py",
    "claims/study_design.py",
    "claims/mechanism.py",
    "claims/timing.py",
    "claims/lasting.py",
    "claims/prescription.py",
    "claims/efficacy_wording.py",
    "claims/natural_recovery.py",
    "claims/regulatory_wording.py",
    "claims/clause_subjects.py",
    "claims/approximation.py",
    "claims/hormone_levels.py",
    "claims/unknown_mechanism.py",
    "claims/group_use.py",
    "claims/joint_approval.py",
    "claims/sole_approval.py",
    "claims/approved_ages.py",
    "claims/dose_rates.py",
    "claims/compared_sides.py",
    "claims/condition_course.py",
    "claims/condition_duration.py",
    "claims/condition_causes.py",
    "claims/working_signs.py",
    "claims/product_names.py",
    "claims/prices.py",
    "claims/recall.py",
    "claims/recalled_harms.py",
    "claims/blend_figures.py",
    "claims/unnamed_strengths.py",
    "claims/doctor_needed.py",
    "claims/style_harms.py",
    "claims/claim_scope.py",
    "claims/condition_subject.py",
    "claims/any_treatment.py",
    "claims/page_furniture.py",
    "community/stats.py",
    "knowledge/guides.py",
    "search.py",
    "wordscan.py",
    "knowledge/charts.py",
    "knowledge/summary.py",
    "knowledge/vocab.py",
    "knowledge/schema.py",
    "knowledge/problems.py",
    "knowledge/yamlfile.py",
    "knowledge/citations.py",
    "knowledge/base.py",
    "knowledge/loader.py",
    "knowledge/pages.py",
]
ROOT = Path(anagen.__file__).parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_pure_modules_import_no_django() -> None:
    for rel in PURE_MODULES:
        bad = {
            n for n in _imports(ROOT / rel) if n == "django" or n.startswith(("django.", "ninja"))
        }
        assert not bad, f"{rel} imports {bad}"


def test_pure_modules_import_only_other_pure_modules() -> None:
    pure = {"anagen." + rel.removesuffix(".py").replace("/", ".") for rel in PURE_MODULES}
    for rel in PURE_MODULES:
        ours = {n for n in _imports(ROOT / rel) if n.startswith("anagen.")}
        assert ours <= pure, f"{rel} imports {ours - pure}"
