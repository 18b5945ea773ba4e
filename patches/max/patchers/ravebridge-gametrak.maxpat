{
	"patcher": {
		"fileversion": 1,
		"appversion": {
			"major": 8,
			"minor": 5,
			"revision": 6,
			"architecture": "x64",
			"modernui": 1
		},
		"classnamespace": "box",
		"rect": [
			30,
			60,
			1180,
			900
		],
		"bglocked": 0,
		"openinpresentation": 0,
		"default_fontsize": 12.0,
		"default_fontface": 0,
		"default_fontname": "Arial",
		"gridonopen": 1,
		"gridsize": [
			15.0,
			15.0
		],
		"gridsnaponopen": 1,
		"objectsnaponopen": 1,
		"statusbarvisible": 2,
		"toolbarvisible": 1,
		"boxanimatetime": 200,
		"enablehscroll": 1,
		"enablevscroll": 1,
		"devicewidth": 0.0,
		"description": "a Gametrak plays two RAVE voices: the seed's performance set-up",
		"digest": "",
		"tags": "",
		"style": "",
		"subpatcher_template": "",
		"assistshowspatchername": 0,
		"boxes": [
			{
				"box": {
					"maxclass": "comment",
					"text": "ravebridge",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						10,
						300,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 24.0,
					"fontface": 1,
					"id": "obj-1"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "a Gametrak plays two RAVE voices: the seed's performance set-up",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						200,
						18,
						600,
						20.0
					],
					"fontname": "Arial",
					"fontsize": 13.0,
					"id": "obj-2"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "1 In a terminal, start the server: ravebridge serve (OSC on 6450), with its regression stage inside (Wekinator protocol: in 6448, out 12000).",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						60,
						500,
						60.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 3,
					"id": "obj-3"
				}
			},
			{
				"box": {
					"maxclass": "bpatcher",
					"name": "rave.server.maxpat",
					"args": [
						"127.0.0.1",
						6450
					],
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						20,
						130,
						250,
						142
					],
					"offset": [
						0.0,
						0.0
					],
					"viewvisibility": 1,
					"bgmode": 0,
					"border": 0,
					"clickthrough": 0,
					"enablehscroll": 0,
					"enablevscroll": 0,
					"lockeddragscroll": 0,
					"lockedsize": 0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-4"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "cpu: the audio thread's load (0..1). xruns: JACK's xruns (clicks). Failures (/rave/fail) show in the last line.",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						290,
						140,
						230,
						80.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 4,
					"id": "obj-5"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "2 The controller: choose the Gametrak in rave.gametrak's menu (map its elements once, see its help) - or play the recording with rave.replay.",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						280,
						500,
						60.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 3,
					"id": "obj-6"
				}
			},
			{
				"box": {
					"maxclass": "bpatcher",
					"name": "rave.replay.maxpat",
					"args": [],
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						20,
						340,
						200,
						70
					],
					"offset": [
						0.0,
						0.0
					],
					"viewvisibility": 1,
					"bgmode": 0,
					"border": 0,
					"clickthrough": 0,
					"enablehscroll": 0,
					"enablevscroll": 0,
					"lockeddragscroll": 0,
					"lockedsize": 0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-7"
				}
			},
			{
				"box": {
					"maxclass": "bpatcher",
					"name": "rave.gametrak.maxpat",
					"args": [],
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						240,
						340,
						190,
						70
					],
					"offset": [
						0.0,
						0.0
					],
					"viewvisibility": 1,
					"bgmode": 0,
					"border": 0,
					"clickthrough": 0,
					"enablehscroll": 0,
					"enablevscroll": 0,
					"lockeddragscroll": 0,
					"lockedsize": 0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-8"
				}
			},
			{
				"box": {
					"maxclass": "bpatcher",
					"name": "rave.gametrak.scale.maxpat",
					"args": [
						"127.0.0.1",
						6448
					],
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						20,
						430,
						200,
						140
					],
					"offset": [
						0.0,
						0.0
					],
					"viewvisibility": 1,
					"bgmode": 0,
					"border": 0,
					"clickthrough": 0,
					"enablehscroll": 0,
					"enablevscroll": 0,
					"lockeddragscroll": 0,
					"lockedsize": 0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-9"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "six axes -> 0..1 (a longer string gives a larger value) -> /wek/inputs every 10 ms. The foot switch toggles recording.",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						240,
						440,
						190,
						100.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 5,
					"id": "obj-10"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "Try it without a Gametrak: the recording holds three poses, each recorded between two foot presses - set the sliders, play a pose, set others, play the next - then a free passage to play once trained.",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						745,
						900,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-11"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "; rave.replay play 0 399",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						20,
						790,
						180,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-12"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "; rave.replay play 400 799",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						220,
						790,
						180,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-13"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "; rave.replay play 800 1199",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						420,
						790,
						180,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-14"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "; rave.replay play 1200 1679",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						620,
						790,
						180,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-15"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "3 Shape a sound with the sliders of both voices: their latents (16 values) are the targets. Strike a pose and record (foot switch or the record toggle) for a second or two. Repeat for a few pose/sound pairs.",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						590,
						500,
						80.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 4,
					"id": "obj-16"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "4 Train, then run: the Gametrak now moves through both voices' latent spaces. Record more and train again at any time - delete starts over.",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						680,
						500,
						60.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 3,
					"id": "obj-17"
				}
			},
			{
				"box": {
					"maxclass": "bpatcher",
					"name": "rave.regress.maxpat",
					"args": [
						"127.0.0.1",
						6448,
						12000
					],
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						560,
						60,
						250,
						156
					],
					"offset": [
						0.0,
						0.0
					],
					"viewvisibility": 1,
					"bgmode": 0,
					"border": 0,
					"clickthrough": 0,
					"enablehscroll": 0,
					"enablevscroll": 0,
					"lockeddragscroll": 0,
					"lockedsize": 0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-18"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "the regression stage: one model per output. Running, its outputs (0..1) play the voices: the first eight a, the rest b.",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						830,
						60,
						320,
						60.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 3,
					"id": "obj-19"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "zl slice 8",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						560,
						240,
						84.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-20"
				}
			},
			{
				"box": {
					"maxclass": "bpatcher",
					"name": "rave.voice.maxpat",
					"args": [
						"a",
						"demo"
					],
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						560,
						280,
						230,
						196
					],
					"offset": [
						0.0,
						0.0
					],
					"viewvisibility": 1,
					"bgmode": 0,
					"border": 0,
					"clickthrough": 0,
					"enablehscroll": 0,
					"enablevscroll": 0,
					"lockeddragscroll": 0,
					"lockedsize": 0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-21"
				}
			},
			{
				"box": {
					"maxclass": "bpatcher",
					"name": "rave.voice.maxpat",
					"args": [
						"b",
						"demo"
					],
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						820,
						280,
						230,
						196
					],
					"offset": [
						0.0,
						0.0
					],
					"viewvisibility": 1,
					"bgmode": 0,
					"border": 0,
					"clickthrough": 0,
					"enablehscroll": 0,
					"enablevscroll": 0,
					"lockeddragscroll": 0,
					"lockedsize": 0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-22"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "loadbang",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						900,
						200,
						70.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-23"
				}
			},
			{
				"box": {
					"maxclass": "message",
					"text": "; rave.voice a out 0; rave.voice b out 1",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [
						""
					],
					"patching_rect": [
						900,
						230,
						294.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-24"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t l l",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						560,
						500,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-25"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t b l",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						820,
						500,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-26"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "zl reg",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						680,
						530,
						56.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-27"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "zl join",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						560,
						560,
						63.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-28"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "t l l",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [
						560,
						590,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-29"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "gate 1 0",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						560,
						650,
						70.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-30"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "zl len",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [
						640,
						620,
						56.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						"",
						""
					],
					"id": "obj-31"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "== 16",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [
						640,
						650,
						49.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-32"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "prepend outputs",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [
						560,
						680,
						119.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"outlettype": [
						""
					],
					"id": "obj-33"
				}
			},
			{
				"box": {
					"maxclass": "newobj",
					"text": "s rave.regress",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						560,
						710,
						112.0,
						22.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"id": "obj-34"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "only whole vectors (16 values) become targets: the stage learns the number of outputs from the first",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						700,
						650,
						400,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-35"
				}
			},
			{
				"box": {
					"maxclass": "comment",
					"text": "Every abstraction also listens by name: [s rave.regress], [s rave.voice] (the voice's name first), [s rave.replay], [s rave.server]. The patching guide is docs/patching.md.",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [
						20,
						840,
						900,
						40.0
					],
					"fontname": "Arial",
					"fontsize": 12.0,
					"linecount": 2,
					"id": "obj-36"
				}
			}
		],
		"lines": [
			{
				"patchline": {
					"source": [
						"obj-7",
						0
					],
					"destination": [
						"obj-9",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-8",
						0
					],
					"destination": [
						"obj-9",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-18",
						0
					],
					"destination": [
						"obj-20",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-20",
						0
					],
					"destination": [
						"obj-21",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-20",
						1
					],
					"destination": [
						"obj-22",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-23",
						0
					],
					"destination": [
						"obj-24",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-21",
						0
					],
					"destination": [
						"obj-25",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-22",
						0
					],
					"destination": [
						"obj-26",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-25",
						1
					],
					"destination": [
						"obj-27",
						1
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-25",
						0
					],
					"destination": [
						"obj-28",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-26",
						1
					],
					"destination": [
						"obj-28",
						1
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-26",
						0
					],
					"destination": [
						"obj-27",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-27",
						0
					],
					"destination": [
						"obj-28",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-28",
						0
					],
					"destination": [
						"obj-29",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-29",
						1
					],
					"destination": [
						"obj-31",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-31",
						0
					],
					"destination": [
						"obj-32",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-32",
						0
					],
					"destination": [
						"obj-30",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-29",
						0
					],
					"destination": [
						"obj-30",
						1
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-30",
						0
					],
					"destination": [
						"obj-33",
						0
					]
				}
			},
			{
				"patchline": {
					"source": [
						"obj-33",
						0
					],
					"destination": [
						"obj-34",
						0
					]
				}
			}
		]
	}
}
