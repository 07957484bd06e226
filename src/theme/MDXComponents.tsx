/**
 * Swizzle (wrap) of MDXComponents: the troubleshooting components are available in
 * every article without an import.
 */
import MDXComponents from '@theme-original/MDXComponents';
import CauseChecklist, {CauseChecklistItem} from '@site/src/components/CauseChecklist';
import DiagnosticSteps, {DiagnosticStep} from '@site/src/components/DiagnosticSteps';

export default {
  ...MDXComponents,
  CauseChecklist,
  CauseChecklistItem,
  DiagnosticSteps,
  DiagnosticStep,
};
