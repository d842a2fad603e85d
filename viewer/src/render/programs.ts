/**
 * The sigma programs the viewer registers. In fast mode the overview uses sigma's cheapest
 * programs (GL lines, GL points) and emphasised items switch to the detailed ones. Sigma draws
 * the programs in key order, its own defaults ("circle"; "arrow", "line") first, so the fast
 * programs take those leading keys and the detailed ones come after: emphasised items land on
 * top and no per-item z-ordering is needed.
 *
 * The fast programs also fade as a whole through one uniform: when a node is selected, the
 * rest of the graph dims without re-running the reducers for tens of thousands of items.
 */
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram, drawDiscNodeLabel } from 'sigma/rendering';
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { Settings } from 'sigma/settings';
import type { RenderParams } from 'sigma/types';

/** Program key of the 1-pixel line every non-emphasised edge uses in fast mode (sigma's "arrow" key before it stays unused). */
export const FAST_EDGE_PROGRAM = 'line';
export const FAST_NODE_PROGRAM = 'circle';
export const DETAILED_NODE_PROGRAM = 'disc';

/** Shared with the app: 1 while something is emphasised in fast mode, else 0. */
export interface FadeState {
  amount: number;
  /** The faded colour, "#rrggbb". */
  color: string;
}

type ProgramInfoLike = { gl: WebGLRenderingContext | WebGL2RenderingContext; uniformLocations: Record<string, WebGLUniformLocation> };

const FADE_UNIFORMS = ['u_fade', 'u_fadeColor'];

// Picking mode must keep the id colours untouched; only the visible pass fades.
const FADED_LINE_FRAGMENT = /* glsl */ `
precision mediump float;
varying vec4 v_color;
uniform float u_fade;
uniform vec3 u_fadeColor;
void main(void) {
#ifdef PICKING_MODE
  gl_FragColor = v_color;
#else
  gl_FragColor = mix(v_color, vec4(u_fadeColor, 1.0) * v_color.a, u_fade);
#endif
}
`;

// A disc in the point sprite, its rim smoothed over v_border.
const FADED_POINT_FRAGMENT = /* glsl */ `
precision mediump float;
varying vec4 v_color;
varying float v_border;
uniform float u_fade;
uniform vec3 u_fadeColor;
void main(void) {
  float inside = 0.5 - length(gl_PointCoord - vec2(0.5, 0.5));
#ifdef PICKING_MODE
  gl_FragColor = inside > v_border ? v_color : vec4(0.0);
#else
  // faded discs turn translucent (premultiplied), so emphasised edges under them stay whole
  vec4 color = mix(v_color, vec4(u_fadeColor, 1.0) * (v_color.a * 0.35), u_fade);
  gl_FragColor = color * clamp(inside / v_border, 0.0, 1.0);
#endif
}
`;

function rgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`geokg/viewer-programs: fade colour must be #rrggbb, got "${hex}"`);
  return [parseInt(m[1], 16) / 255, parseInt(m[2], 16) / 255, parseInt(m[3], 16) / 255];
}

function setFade(fade: FadeState, { gl, uniformLocations }: ProgramInfoLike): void {
  gl.uniform1f(uniformLocations.u_fade, fade.amount);
  gl.uniform3fv(uniformLocations.u_fadeColor, rgb(fade.color));
}

function fadingPrograms(fade: FadeState) {
  class FadingLineProgram extends EdgeLineProgram {
    getDefinition() {
      const base = super.getDefinition();
      return { ...base, FRAGMENT_SHADER_SOURCE: FADED_LINE_FRAGMENT, UNIFORMS: [...base.UNIFORMS, ...FADE_UNIFORMS] } as unknown as typeof base;
    }
    setUniforms(params: RenderParams, info: Parameters<EdgeLineProgram['setUniforms']>[1]): void {
      super.setUniforms(params, info);
      setFade(fade, info as unknown as ProgramInfoLike);
    }
  }
  class FadingPointProgram extends NodePointProgram {
    // while faded, only emphasised nodes (forced labels) keep their labels
    drawLabel: typeof drawDiscNodeLabel = (context, data, settings) => {
      if (fade.amount > 0 && !(data as { forceLabel?: boolean }).forceLabel) return;
      drawDiscNodeLabel(context, data, settings);
    };
    getDefinition() {
      const base = super.getDefinition();
      return { ...base, FRAGMENT_SHADER_SOURCE: FADED_POINT_FRAGMENT, UNIFORMS: [...base.UNIFORMS, ...FADE_UNIFORMS] } as unknown as typeof base;
    }
    setUniforms(params: RenderParams, info: Parameters<NodePointProgram['setUniforms']>[1]): void {
      super.setUniforms(params, info);
      setFade(fade, info as unknown as ProgramInfoLike);
    }
  }
  return { FadingLineProgram, FadingPointProgram };
}

export function programClasses(fade: FadeState): Pick<Settings, 'nodeProgramClasses' | 'edgeProgramClasses'> {
  rgb(fade.color);
  const { FadingLineProgram, FadingPointProgram } = fadingPrograms(fade);
  return {
    nodeProgramClasses: { [FAST_NODE_PROGRAM]: FadingPointProgram, [DETAILED_NODE_PROGRAM]: NodeCircleProgram },
    // "arrow" is one of sigma's default keys and no edge uses it: a line program there costs the least to compile
    edgeProgramClasses: { arrow: FadingLineProgram, [FAST_EDGE_PROGRAM]: FadingLineProgram, straight: EdgeRectangleProgram, straightArrow: EdgeArrowProgram, curved: EdgeCurveProgram, curvedArrow: EdgeCurvedArrowProgram },
  } as Pick<Settings, 'nodeProgramClasses' | 'edgeProgramClasses'>;
}
