package vn.thidua.check;

import java.util.List;
import java.util.Set;
import org.apache.commons.jexl3.JexlScript;
import vn.thidua.model.RuleSpec;

/**
 * A row rule ready to run.
 *
 * @param spec the rule as configured
 * @param when the condition, or null
 * @param check what must hold
 * @param args message argument expressions
 * @param names the top-level names the expressions read (to skip rules on blank values)
 */
record CompiledRule(
    RuleSpec spec, JexlScript when, JexlScript check, List<JexlScript> args, Set<String> names) {}
